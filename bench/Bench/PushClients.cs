using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using WebGateway.Contracts;
using WebGateway.Hubs;

namespace Bench;

/// <summary>
/// The browsers of the benchmark: SignalR connections over WebSockets, each of one seller, recording every
/// <c>pointsChanged</c> with the time it arrived.
/// </summary>
internal sealed class PushClients : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly ConcurrentBag<(int Seller, long Balance, DateTimeOffset At)> _received = [];
    private readonly int[] _perSeller;

    private PushClients(int sellers)
    {
        _perSeller = new int[sellers];
    }

    /// <summary>Connections of each seller.</summary>
    public IReadOnlyList<int> PerSeller => _perSeller;

    public int Received => _received.Count;

    public IEnumerable<(int Seller, long Balance, DateTimeOffset At)> Messages => _received;

    /// <summary>Opens <paramref name="count"/> connections: connection i is of seller i mod sellers, on gateway i mod gateways.</summary>
    public static async Task<PushClients> ConnectAsync(int count, IReadOnlyList<string> tokens, IReadOnlyList<PushGateway> gateways)
    {
        var clients = new PushClients(tokens.Count);
        for (var i = 0; i < count; i++)
        {
            var seller = i % tokens.Count;
            var token = tokens[seller];
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(gateways[i % gateways.Count].BaseAddress, OrderHub.Path.TrimStart('/')), options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                })
                .Build();
            connection.On<PointsChangedDto>(nameof(IOrderClient.pointsChanged), points => clients._received.Add((seller, points.Balance, DateTimeOffset.UtcNow)));
            await connection.StartAsync();
            clients._connections.Add(connection);
            clients._perSeller[seller]++;
        }

        return clients;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
