using System.Collections.Immutable;
using Grains.Interfaces.Live;
using Microsoft.AspNetCore.SignalR;
using WebGateway.Contracts;
using WebGateway.Operations;

namespace WebGateway.Hubs;

/// <summary>
/// This gateway's <see cref="ILiveObserver"/>: turns each event of a batch into the contract's hub message for the
/// seller's group (and, for a placed order, the supplier's), in the order given. It never throws back at the silo,
/// which would take it for a dead gateway: an event that cannot be sent is logged and skipped.
/// </summary>
public sealed partial class HubLiveObserver : ILiveObserver
{
    private readonly IHubContext<OrderHub, IOrderClient> _hub;
    private readonly OrderMapper _mapper;
    private readonly GatewayMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<HubLiveObserver> _logger;

    public HubLiveObserver(
        IHubContext<OrderHub, IOrderClient> hub, OrderMapper mapper, GatewayMetrics metrics, TimeProvider time, ILogger<HubLiveObserver> logger)
    {
        _hub = hub;
        _mapper = mapper;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    public async Task ReceiveAsync(ImmutableArray<LiveEvent> events)
    {
        foreach (var e in events)
        {
            try
            {
                await PushAsync(e);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                LogPushFailed(_logger, error, e.Kind, e.SellerId);
            }
        }
    }

    private async Task PushAsync(LiveEvent e)
    {
        var seller = _hub.Clients.Group(LiveGroups.Seller(e.SellerId));
        switch (e)
        {
            case { Kind: LiveEventKind.OrderChanged, Order: { } order }:
                await seller.orderChanged(_mapper.ToDto(order));
                Pushed(nameof(IOrderClient.orderChanged), e);
                if (e.SupplierId is { } supplierId && _mapper.ToSupplierDto(order) is { } supplierOrder)
                {
                    await _hub.Clients.Group(LiveGroups.Supplier(supplierId)).supplierOrderChanged(supplierOrder);
                    Pushed(nameof(IOrderClient.supplierOrderChanged), e);
                }

                break;
            case { Kind: LiveEventKind.CollectionFinished, Run: { } run }:
                await seller.collectionFinished(CollectionFinishedDto.From(run));
                Pushed(nameof(IOrderClient.collectionFinished), e);
                break;
            case { Kind: LiveEventKind.PointsChanged, Balance: { } balance }:
                await seller.pointsChanged(new PointsChangedDto(balance));
                Pushed(nameof(IOrderClient.pointsChanged), e);
                break;
            case { Kind: LiveEventKind.SettingsChanged, Settings: { } settings }:
                await seller.settingsChanged(SettingsDto.From(settings));
                Pushed(nameof(IOrderClient.settingsChanged), e);
                break;
            default:
                LogMalformed(_logger, e.Kind, e.SellerId);
                break;
        }
    }

    private void Pushed(string kind, LiveEvent e) => _metrics.Pushed(kind, _time.GetUtcNow() - e.PersistedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing a {Kind} event of seller {SellerId} failed; the page catches up when it reads again")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, LiveEventKind kind, string sellerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} event of seller {SellerId} has no payload of its kind; skipped")]
    private static partial void LogMalformed(ILogger logger, LiveEventKind kind, string sellerId);
}
