using ProcessCluster;
using Tests.Shared;
using Xunit.Abstractions;

namespace Fault.Tests;

/// <summary>
/// kill -9 of a silo process while sellers collect, place and ship, with SmartStore failing in every way the
/// simulator knows; after a restart every promise holds: each order collected once, charged once, confirmed once,
/// each tracking number dispatched once, balances equal to ledgers, nothing left half-done.
/// </summary>
public sealed class SiloKillTests : IClassFixture<SiloKillFixture>
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(90);
    private static readonly Dictionary<string, string> NoTracking = [];

    private readonly SiloKillFixture _fixture;
    private readonly ITestOutputHelper _output;

    public SiloKillTests(SiloKillFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    private FaultCluster Cluster => _fixture.Cluster;

    [Fact]
    public async Task Every_order_is_collected_exactly_once_across_a_silo_kill()
    {
        using var scenario = await FaultScenario.CreateAsync(Cluster, "collect");
        var sellers = await scenario.AddSellersAsync(4, points: 0, autoCollect: true);
        await scenario.ArmFaultsAsync(["last-changed-statuses", "query"], each: 3);

        // Orders keep arriving while the automatic collection runs, before, during and after the kill.
        using var arriving = new CancellationTokenSource();
        var feeding = FeedOrdersAsync(scenario, sellers, 10, arriving.Token);
        await Wait.UntilAsync(async () => await SellerWork.CollectedCountAsync(_fixture.ConnectionString, sellers) >= 40, Recovery, "the automatic collection to collect the first orders");

        await Cluster.KillAndRestartSiloAsync(0);
        await Wait.UntilAsync(async () => await SellerWork.CollectedCountAsync(_fixture.ConnectionString, sellers) >= 120, Recovery, "collection to go on after the restart");
        await arriving.CancelAsync();
        var added = await feeding;

        var (report, _) = await _fixture.Audit.SettleAsync(sellers, NoTracking, Recovery);
        _output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.Equal(added, report.SimulatorOrders);
        Assert.Equal(added, report.Collected);
    }

    [Fact]
    public async Task Every_placed_order_is_charged_and_confirmed_exactly_once_across_a_silo_kill()
    {
        using var scenario = await FaultScenario.CreateAsync(Cluster, "place");
        const int perSeller = 120;
        var sellers = await scenario.AddSellersAsync(3, points: perSeller * FaultScenario.OrderPrice, autoCollect: false);
        var orders = await CollectAsync(scenario, sellers, perSeller);

        await scenario.ArmFaultsAsync(["confirm"], each: 3);
        await Cluster.Simulator.InjectFaultAsync(new(Cluster.SimulatorClientId, "confirm", SmartStoreSimulator.Domain.FaultKind.DropConnection, 3, AfterProcessing: true));
        var placing = Task.WhenAll(sellers.Select(s => SellerWork.PlaceAllAsync(s, orders[s.SellerId], Recovery * 2)));
        await Wait.UntilAsync(async () => await SellerWork.ChargesAsync(_fixture.ConnectionString, sellers) >= 30 || placing.IsCompleted, Recovery, "bulk placing to charge the first orders");

        await Cluster.KillAndRestartSiloAsync(1);
        await placing;

        var (report, _) = await _fixture.Audit.SettleAsync(sellers, NoTracking, Recovery);
        _output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.Equal(sellers.Count * perSeller, report.Placed);
        Assert.Equal(sellers.Count * perSeller, report.ConfirmedOnce);
        foreach (var seller in sellers)
        {
            var points = await FaultScenario.Call(seller.Api.PointsAsync, "points");
            Assert.Equal(0, points.Json.GetProperty("balance").GetInt64());
        }
    }

    [Fact]
    public async Task Every_tracking_number_is_dispatched_exactly_once_across_a_silo_kill()
    {
        using var scenario = await FaultScenario.CreateAsync(Cluster, "track");
        const int perSeller = 60;
        var sellers = await scenario.AddSellersAsync(2, points: perSeller * FaultScenario.OrderPrice, autoCollect: false);
        var orders = await CollectAsync(scenario, sellers, perSeller);
        await Task.WhenAll(sellers.Select(s => SellerWork.PlaceAllAsync(s, orders[s.SellerId], Recovery)));

        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var tracking = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var seller in sellers)
        {
            foreach (var (productOrderId, onchOrderNo) in await SellerWork.CollectedAsync(_fixture.ConnectionString, seller))
            {
                Assert.NotNull(onchOrderNo);
                numbers[onchOrderNo] = SellerWork.TrackingNumberFor(productOrderId);
                tracking[productOrderId] = numbers[onchOrderNo];
            }
        }

        await scenario.ArmFaultsAsync(["dispatch"], each: 3);
        var entering = SellerWork.EnterTrackingAsync(scenario.Supplier, numbers, parallel: 4);
        await Wait.UntilAsync(async () => (await Cluster.Simulator.GetOrdersAsync(sellers[0].AccountId)).Any(o => o.DispatchCount > 0) || entering.IsCompleted, Recovery, "the first dispatches");

        await Cluster.KillAndRestartSiloAsync(0);
        await entering;

        var (report, _) = await _fixture.Audit.SettleAsync(sellers, tracking, Recovery);
        _output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.Equal(tracking.Count, report.DispatchedOnce);
    }

    /// <summary>Adds <paramref name="perSeller"/> orders to each seller, presses 주문 가져오기 and waits until all are collected.</summary>
    private async Task<Dictionary<string, List<string>>> CollectAsync(FaultScenario scenario, IReadOnlyList<ShopSeller> sellers, int perSeller)
    {
        var orders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var seller in sellers)
        {
            orders[seller.SellerId] = await scenario.AddOrdersAsync(seller, perSeller);
        }

        await Task.WhenAll(sellers.Select(SellerWork.CollectAsync));
        await Wait.UntilAsync(
            async () => await SellerWork.CollectedCountAsync(_fixture.ConnectionString, sellers) == sellers.Count * perSeller,
            Recovery,
            "주문 가져오기 to collect every order");
        return orders;
    }

    /// <summary>Adds <paramref name="batch"/> orders to every seller every 300 ms until canceled; returns how many it added.</summary>
    private static async Task<int> FeedOrdersAsync(FaultScenario scenario, IReadOnlyList<ShopSeller> sellers, int batch, CancellationToken stop)
    {
        var added = 0;
        while (!stop.IsCancellationRequested)
        {
            foreach (var seller in sellers)
            {
                added += (await scenario.AddOrdersAsync(seller, batch)).Count;
            }

            try
            {
                await Task.Delay(300, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return added;
    }
}
