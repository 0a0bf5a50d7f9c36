using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WebGateway.Contracts;
using WebGateway.Extensions;
using WebGateway.Hubs;

namespace Bench;

/// <summary>
/// The browsers of the benchmark: SignalR .NET clients over WebSockets with the gateway's JSON settings, each of one
/// seller. The handlers only take the time of arrival first and keep it with the message's key; the first copy of
/// each order change is kept too, so that the baseline can send the very same messages.
/// </summary>
internal sealed class PushClients : IAsyncDisposable
{
    // Connections opened at once.
    private const int ConnectParallelism = 32;

    private readonly ConcurrentBag<HubConnection> _connections = [];
    private readonly ConcurrentQueue<OrderReceipt> _orders = new();
    private readonly ConcurrentQueue<(int Seller, long Balance, DateTimeOffset At)> _points = new();
    private readonly ConcurrentDictionary<(string ProductOrderId, long Version), (int Seller, OrderDto Order)> _firstCopies = new();
    private readonly int[] _perSeller;

    private PushClients(int sellers)
    {
        _perSeller = new int[sellers];
    }

    /// <summary>Connections of each seller.</summary>
    public IReadOnlyList<int> PerSeller => _perSeller;

    public int Count => _connections.Count;

    public int Received => _orders.Count + _points.Count;

    public IEnumerable<OrderReceipt> Orders => _orders;

    public IEnumerable<(int Seller, long Balance, DateTimeOffset At)> Points => _points;

    /// <summary>The first copy received of each order change, with its seller.</summary>
    public IReadOnlyDictionary<(string ProductOrderId, long Version), (int Seller, OrderDto Order)> FirstCopies => _firstCopies;

    /// <summary>Opens <paramref name="count"/> connections: connection i is of seller i mod sellers, on gateway i mod gateways.</summary>
    public static async Task<PushClients> ConnectAsync(int count, IReadOnlyList<string> tokens, IReadOnlyList<PushGateway> gateways)
    {
        var clients = new PushClients(tokens.Count);
        using var gate = new SemaphoreSlim(ConnectParallelism);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await clients.ConnectOneAsync(i % tokens.Count, tokens[i % tokens.Count], gateways[i % gateways.Count]);
            }
            finally
            {
                gate.Release();
            }
        }));
        return clients;
    }

    private async Task ConnectOneAsync(int seller, string token, PushGateway gateway)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway.BaseAddress, OrderHub.Path.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(options => GatewayHostingExtensions.ConfigureJson(options.PayloadSerializerOptions))
            .Build();
        connection.On<OrderDto>(nameof(IOrderClient.orderChanged), order =>
        {
            var at = DateTimeOffset.UtcNow;
            _orders.Enqueue(new OrderReceipt(seller, order.ProductOrderId, order.Version, at));
            _firstCopies.TryAdd((order.ProductOrderId, order.Version), (seller, order));
        });
        connection.On<PointsChangedDto>(nameof(IOrderClient.pointsChanged), points => _points.Enqueue((seller, points.Balance, DateTimeOffset.UtcNow)));
        await connection.StartAsync();
        _connections.Add(connection);
        Interlocked.Increment(ref _perSeller[seller]);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));
    }
}
