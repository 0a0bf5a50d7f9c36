using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Tests.Shared;
using WebGateway.Hubs;

namespace Gateway.Tests.Live;

/// <summary>
/// A real SignalR client of <c>/hubs/orders</c> over WebSockets that keeps every message it receives as raw JSON, so
/// that tests check the wire shape a browser sees.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    public static readonly string[] Methods =
    [
        nameof(IOrderClient.orderChanged), nameof(IOrderClient.collectionFinished), nameof(IOrderClient.pointsChanged),
        nameof(IOrderClient.settingsChanged), nameof(IOrderClient.supplierOrderChanged),
    ];

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<(string Method, JsonElement Payload)> _received = new();
    private int _reconnections;

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var method in Methods)
        {
            connection.On<JsonElement>(method, payload => _received.Enqueue((method, payload.Clone())));
        }

        connection.Reconnected += async _ =>
        {
            if (OnReconnected is { } refetch)
            {
                await refetch();
            }

            Interlocked.Increment(ref _reconnections);
        };
    }

    public HubConnection Connection { get; }

    /// <summary>What a page does after reconnecting (read its data again); runs before <see cref="Reconnections"/> counts up.</summary>
    public Func<Task>? OnReconnected { get; set; }

    public int Reconnections => Volatile.Read(ref _reconnections);

    /// <summary>Builds a connection to <c>/hubs/orders</c> of <paramref name="baseAddress"/> (not started).</summary>
    public static LiveClient Create(Uri baseAddress, string? token, bool reconnect = false)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, OrderHub.Path.TrimStart('/')), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            if (token is not null)
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            }
        });
        if (reconnect)
        {
            builder.WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);
        }

        return new LiveClient(builder.Build());
    }

    /// <summary>A started connection of <paramref name="token"/> to <paramref name="gateway"/>.</summary>
    public static async Task<LiveClient> ConnectAsync(GatewayHost gateway, string token, bool reconnect = false) =>
        await ConnectAsync(gateway.BaseAddress, token, reconnect);

    public static async Task<LiveClient> ConnectAsync(Uri baseAddress, string token, bool reconnect = false)
    {
        var client = Create(baseAddress, token, reconnect);
        await client.Connection.StartAsync();
        return client;
    }

    /// <summary>The payloads of <paramref name="method"/> received so far, in order.</summary>
    public IReadOnlyList<JsonElement> Received(string method) =>
        [.. _received.Where(m => m.Method == method).Select(m => m.Payload)];

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<(string Method, JsonElement Payload)> All => [.. _received];

    /// <summary>Waits for a message of <paramref name="method"/> matching <paramref name="match"/>.</summary>
    public async Task<JsonElement> WaitForAsync(string method, Func<JsonElement, bool> match, string expectation, TimeSpan? timeout = null)
    {
        JsonElement? found = null;
        await Wait.UntilAsync(
            () =>
            {
                found = Received(method).Cast<JsonElement?>().FirstOrDefault(p => match(p!.Value));
                return Task.FromResult(found is not null);
            },
            timeout ?? DefaultTimeout,
            $"{method} {expectation}");
        return found!.Value;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
