using System.Diagnostics;
using Grains.Interfaces.Live;
using Grains.Live;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Tests.Shared;

namespace Gateway.Tests.Live;

/// <summary>Live updates survive dropped connections, stopping gateways and a gateway that hangs.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveResilienceTests(LiveFixture fixture)
{
    [Fact]
    public async Task AClientWhoseConnectionDropsReconnectsRefetchesAndHearsLaterEvents()
    {
        var seller = await LiveSeller.CreateAsync(fixture);
        await using var proxy = new TcpProxy(fixture.B.BaseAddress);
        await using var client = await LiveClient.ConnectAsync(proxy.BaseAddress, seller.Token, reconnect: true);
        long? refetched = null;
        client.OnReconnected = async () => refetched = await seller.Wallet.GetBalanceAsync();
        var first = await seller.TopUpAsync(100);
        await client.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == first, "before the drop");

        proxy.DropAll();

        await Wait.UntilAsync(() => Task.FromResult(client.Reconnections == 1), TimeSpan.FromSeconds(20), "the client to reconnect through the proxy");
        Assert.Equal(first, refetched);
        Assert.True(proxy.Accepted >= 2, "the client opened a new connection");
        var second = await seller.TopUpAsync(200);
        await client.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == second, "after reconnecting");
    }

    [Fact]
    public async Task AStoppedGatewayLeavesTheDirectoryAndTheOtherGatewayKeepsReceiving()
    {
        var seller = await LiveSeller.CreateAsync(fixture);
        var c = fixture.StartGateway();
        await fixture.WaitUntilListedAsync(c);
        var cId = LiveFixture.IdOf(c);
        await using var onB = await seller.ConnectAsync(fixture.B);
        var onC = await seller.ConnectAsync(c);

        // The silos see a new gateway at their next directory refresh; until then its clients hear nothing.
        await Wait.UntilAsync(
            async () =>
            {
                await seller.TopUpAsync(1);
                return onC.Received("pointsChanged").Count > 0;
            },
            TimeSpan.FromSeconds(30),
            "the new gateway's client to hear a top-up");
        await onC.DisposeAsync();
        await c.DisposeAsync();

        Assert.DoesNotContain(await fixture.Directory.GetGatewaysAsync(), g => g.GatewayId == cId);
        var after = await seller.TopUpAsync(10);
        await onB.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == after, "after gateway C stopped");
    }

    [Fact]
    public async Task AGatewayThatHangsDoesNotDelayTheOthersIsDroppedAndComesBackWhenItRenews()
    {
        var seller = await LiveSeller.CreateAsync(fixture);
        await using var onB = await seller.ConnectAsync(fixture.B);
        var hanging = new HangingObserver();
        var reference = fixture.Cluster.Client.CreateObjectReference<ILiveObserver>(hanging);
        var hangingId = "test-hanging-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Directory.RegisterAsync(hangingId, reference);
        try
        {
            await Wait.UntilAsync(
                async () =>
                {
                    await seller.TopUpAsync(1);
                    return hanging.Calls > 0;
                },
                TimeSpan.FromSeconds(30),
                "the silos to call the newly registered gateway");
            var hangingSince = Stopwatch.StartNew();

            var balance = await seller.TopUpAsync(50);
            await onB.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == balance, "while the other gateway hangs");
            Assert.True(hangingSince.Elapsed < TimeSpan.FromSeconds(4), $"gateway B got the event {hangingSince.Elapsed} after the other gateway began to hang (its calls time out after 5 s)");

            await Wait.UntilAsync(() => Task.FromResult(Publishers().Any(p => p.IsSuspended(hangingId))), TimeSpan.FromSeconds(20), "a silo to drop the hanging gateway after its call timed out");
            var callsWhenDropped = hanging.Calls;
            var afterDrop = await seller.TopUpAsync(3);
            await onB.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == afterDrop, "after the hanging gateway was dropped");
            Assert.Equal(callsWhenDropped, hanging.Calls);

            // The gateway recovers: a client runs an observer's calls one at a time, so the hung one must end first.
            hanging.Hang = false;
            hanging.Release();
            await fixture.Directory.RegisterAsync(hangingId, reference);
            await Wait.UntilAsync(
                async () =>
                {
                    await seller.TopUpAsync(1);
                    return hanging.Calls > callsWhenDropped;
                },
                TimeSpan.FromSeconds(30),
                "the renewed gateway to be called again");
        }
        finally
        {
            await fixture.Directory.UnregisterAsync(hangingId);
            hanging.Release();
            fixture.Cluster.Client.DeleteObjectReference<ILiveObserver>(reference);
        }
    }

    private IEnumerable<LivePublisher> Publishers() =>
        fixture.Cluster.Silos.OfType<InProcessSiloHandle>().Select(silo => silo.SiloHost.Services.GetRequiredService<LivePublisher>());
}
