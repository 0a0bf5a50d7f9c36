using Infrastructure.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WebGateway.Auth;
using WebGateway.Operations;

namespace WebGateway.Hubs;

/// <summary>
/// <c>/hubs/orders</c>: live updates for sellers and suppliers. The server alone puts a connection in its group
/// (<see cref="LiveGroups"/>) from the token; the hub has no method a client could call to join anything else.
/// </summary>
[Authorize(Policy = Policy)]
public sealed partial class OrderHub : Hub<IOrderClient>
{
    public const string Path = "/hubs/orders";

    /// <summary>Sellers and suppliers only: an operator has no live feed.</summary>
    public const string Policy = "live";

    private readonly GatewayMetrics _metrics;
    private readonly ILogger<OrderHub> _logger;

    public OrderHub(GatewayMetrics metrics, ILogger<OrderHub> logger)
    {
        _metrics = metrics;
        _logger = logger;
    }

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        var role = user.AccountRoleOf();
        var group = role switch
        {
            AccountRole.Seller => LiveGroups.Seller(user.SellerId()),
            AccountRole.Supplier => LiveGroups.Supplier(user.SupplierId()),
            _ => throw new HubException("Live updates are for sellers and suppliers."),
        };
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        _metrics.ConnectionOpened(role);
        LogConnected(_logger, Context.ConnectionId, group);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        // Only connections that got through OnConnectedAsync have a seller or supplier role.
        if (Context.User?.AccountRoleOf() is AccountRole.Seller or AccountRole.Supplier)
        {
            _metrics.ConnectionClosed(Context.User.AccountRoleOf()!);
        }

        await base.OnDisconnectedAsync(exception);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hub connection {ConnectionId} joined {Group}")]
    private static partial void LogConnected(ILogger logger, string connectionId, string group);
}
