using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ProcessCluster;
using Tests.Shared;

namespace Fault.Tests;

/// <summary>
/// kill -9 of a gateway process while SignalR clients are connected through the load balancer: the clients of the
/// dead gateway reconnect to the other one on their own, and every client receives the seller's next change.
/// </summary>
public sealed class GatewayKillTests : IClassFixture<GatewayKillFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly GatewayKillFixture _fixture;

    public GatewayKillTests(GatewayKillFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Hub_clients_of_a_killed_gateway_reconnect_to_the_other_and_keep_receiving_updates()
    {
        var cluster = _fixture.Cluster;
        using var scenario = await FaultScenario.CreateAsync(cluster, "hub");
        var seller = (await scenario.AddSellersAsync(1, points: 0, autoCollect: false))[0];
        var token = seller.Api.Token!;

        // One WebSocket per client, no negotiate round trip: the balancer alternates them over both gateways.
        var balances = new List<ConcurrentQueue<long>>();
        var connections = new List<HubConnection>();
        var reconnected = 0;
        try
        {
            for (var i = 0; i < 6; i++)
            {
                var received = new ConcurrentQueue<long>();
                var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(cluster.Balancer.BaseAddress, "hubs/orders"), options =>
                    {
                        options.Transports = HttpTransportType.WebSockets;
                        options.SkipNegotiation = true;
                        options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                    })
                    .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)])
                    .Build();
                connection.On<JsonElement>("pointsChanged", payload => received.Enqueue(payload.GetProperty("balance").GetInt64()));
                connection.Reconnected += _ =>
                {
                    Interlocked.Increment(ref reconnected);
                    return Task.CompletedTask;
                };
                await connection.StartAsync();
                connections.Add(connection);
                balances.Add(received);
            }

            await TopUpAndExpectAsync(scenario, seller, balances, 1_000, "before the kill");

            cluster.KillGateway(0);
            await Wait.UntilAsync(
                () => Task.FromResult(connections.All(c => c.State == HubConnectionState.Connected) && Volatile.Read(ref reconnected) > 0),
                Timeout,
                "the clients of the killed gateway to reconnect through the balancer");

            await TopUpAndExpectAsync(scenario, seller, balances, 3_000, "after the kill");
            Assert.InRange(Volatile.Read(ref reconnected), 1, connections.Count);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>Tops the seller up through the surviving gateway and waits until every client saw the new balance.</summary>
    private async Task TopUpAndExpectAsync(FaultScenario scenario, ShopSeller seller, List<ConcurrentQueue<long>> balances, long balance, string when)
    {
        using var direct = new GatewayApi(_fixture.Cluster.Gateways[1].HealthBase, scenario.Operator.Token);
        var previous = balance == 1_000 ? 0 : 1_000;
        await FaultScenario.Call(() => direct.TopUpAsync(seller.SellerId, balance - previous, "hub-" + Guid.NewGuid().ToString("N")), "top-up");
        await Wait.UntilAsync(
            () => Task.FromResult(balances.All(b => b.Contains(balance))),
            Timeout,
            $"every hub client to receive pointsChanged {balance} {when}");
    }
}
