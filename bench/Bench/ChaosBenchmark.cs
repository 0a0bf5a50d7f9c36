using System.Collections.Concurrent;
using System.Diagnostics;
using ProcessCluster;

namespace Bench;

/// <summary>
/// Chaos: two silo processes and a gateway process on PostgreSQL, sellers collecting automatically and placing in
/// bulk through the HTTP API, a supplier entering tracking numbers, SmartStore failing (429s, 503s, latency, dropped
/// connections, malformed bodies), and a silo killed with kill -9 again and again (alternating silos, during
/// collection and during placing), each time restarted. Per kill it prints how long the cluster took to serve and to
/// make progress again; at the end the exactly-once figures. Exits 1 when any of them fails.
/// </summary>
internal static class ChaosBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(ChaosSettings settings)
    {
        var total = Stopwatch.StartNew();
        var server = await BenchPostgres.ConnectAsync(settings.Pg);
        await using var database = await server.CreateMigratedDatabaseAsync("chaos");
        var logs = Path.GetFullPath(Path.Combine(".data", "chaos-logs", DateTime.Now.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture)));
        ChaosReport.WriteHeader(Console.Out, settings, server, logs);

        await using var cluster = await FaultCluster.StartAsync(new ClusterOptions(database.ConnectionString, "Release", logs, Silos: 2, Gateways: 1));
        using var scenario = await FaultScenario.CreateAsync(cluster, "chaos");
        var points = (settings.Kills + 1) * settings.OrdersPerRound * FaultScenario.OrderPrice;
        var sellers = await scenario.AddSellersAsync(settings.Sellers, points, autoCollect: true);
        var run = new ChaosRun(cluster, scenario, sellers, database.ConnectionString);

        var kills = new List<ChaosKill>();
        for (var number = 1; number <= settings.Kills; number++)
        {
            var kill = number % 2 == 1
                ? await run.KillDuringCollectionAsync(number, settings.OrdersPerRound)
                : await run.KillDuringPlacingAsync(number, settings.OrdersPerRound);
            ChaosReport.WriteKill(Console.Out, kill);
            kills.Add(kill);
        }

        await cluster.Simulator.ClearFaultsAsync();
        await run.FinishAsync();
        var (report, settled) = await new ExactlyOnceAudit(database.ConnectionString, cluster.Simulator).SettleAsync(sellers, run.Tracking, Timeout);
        ChaosReport.WriteResults(Console.Out, kills, report, settled, total.Elapsed);
        return report.Failures.Count == 0 && report.Lost == 0 ? 0 : 1;
    }

    /// <summary>The state of a chaos run between kills.</summary>
    private sealed class ChaosRun(FaultCluster cluster, FaultScenario scenario, IReadOnlyList<ShopSeller> sellers, string connectionString)
    {
        public ConcurrentDictionary<string, string> Tracking { get; } = new(StringComparer.Ordinal);

        public async Task<ChaosKill> KillDuringCollectionAsync(int number, int orders)
        {
            await scenario.ArmFaultsAsync(["last-changed-statuses", "query"], each: 2);
            var before = await SellerWork.CollectedCountAsync(connectionString, sellers);
            await AddOrdersAsync(orders);
            await WaitAsync(async () => await SellerWork.CollectedCountAsync(connectionString, sellers) > before, "the automatic collection to pick up new orders");
            // When every new order was collected before the kill there is nothing left to make progress on.
            return await KillAsync(number, "collection", () => SellerWork.CollectedCountAsync(connectionString, sellers), AllCollectedAsync);
        }

        public async Task<ChaosKill> KillDuringPlacingAsync(int number, int orders)
        {
            await scenario.ArmFaultsAsync(["confirm", "dispatch"], each: 2);
            await AddOrdersAsync(orders);
            var open = await OpenOrdersAsync();
            var placing = PlaceAsync(open);
            var entering = EnterTrackingAsync();
            var before = await SellerWork.ChargesAsync(connectionString, sellers);
            await WaitAsync(async () => await SellerWork.ChargesAsync(connectionString, sellers) > before || placing.IsCompleted, "bulk placing to charge orders");
            var kill = await KillAsync(number, "placing", () => SellerWork.ChargesAsync(connectionString, sellers), () => Task.FromResult(placing.IsCompleted));
            await placing;
            await entering;
            return kill;
        }

        /// <summary>After the last kill: every simulator order collected, every collected order placed, then audited.</summary>
        public async Task FinishAsync()
        {
            try
            {
                await WaitAsync(AllCollectedAsync, "every simulator order to be collected");
            }
            catch (TimeoutException e)
            {
                // The audit counts what is missing; place and ship what arrived.
                Console.WriteLine(e.Message);
            }

            await PlaceAsync(await OpenOrdersAsync());
            await EnterTrackingAsync();
        }

        private async Task<bool> AllCollectedAsync()
        {
            var expected = 0;
            foreach (var seller in sellers)
            {
                expected += (await cluster.Simulator.GetOrdersAsync(seller.AccountId)).Count;
            }

            return await SellerWork.CollectedCountAsync(connectionString, sellers) >= expected;
        }

        private async Task<ChaosKill> KillAsync(int number, string phase, Func<Task<long>> progress, Func<Task<bool>> done)
        {
            var silo = (number - 1) % 2;
            var atKill = await progress();
            var clock = Stopwatch.StartNew();
            cluster.KillSilo(silo);
            var restartStarted = clock.Elapsed;
            await cluster.RestartSiloAsync(silo);
            var restart = clock.Elapsed - restartStarted;
            await FaultScenario.Call(sellers[0].Api.PointsAsync, "reading points after the kill");
            var serving = clock.Elapsed;
            await WaitAsync(async () => await progress() > atKill || await done(), $"orders to progress again after kill {number}");
            return new ChaosKill(number, silo + 1, phase, restart, serving, clock.Elapsed);
        }

        private async Task AddOrdersAsync(int orders)
        {
            foreach (var seller in sellers)
            {
                await scenario.AddOrdersAsync(seller, orders);
            }
        }

        /// <summary>Each seller's collected orders not placed yet.</summary>
        private async Task<Dictionary<ShopSeller, List<string>>> OpenOrdersAsync()
        {
            var open = new Dictionary<ShopSeller, List<string>>();
            foreach (var seller in sellers)
            {
                open[seller] = [.. (await SellerWork.CollectedAsync(connectionString, seller)).Where(o => o.Value is null).Select(o => o.Key)];
            }

            return open;
        }

        private static Task PlaceAsync(Dictionary<ShopSeller, List<string>> open) =>
            Task.WhenAll(open.Select(o => SellerWork.PlaceAllAsync(o.Key, o.Value, Timeout)));

        /// <summary>The supplier enters a tracking number for every placed order that has none yet.</summary>
        private async Task EnterTrackingAsync()
        {
            var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var seller in sellers)
            {
                foreach (var (productOrderId, onchOrderNo) in await SellerWork.CollectedAsync(connectionString, seller))
                {
                    if (onchOrderNo is not null && !Tracking.ContainsKey(productOrderId))
                    {
                        var number = SellerWork.TrackingNumberFor(productOrderId);
                        numbers[onchOrderNo] = number;
                        Tracking[productOrderId] = number;
                    }
                }
            }

            await SellerWork.EnterTrackingAsync(scenario.Supplier, numbers, parallel: 4);
        }

        private static Task WaitAsync(Func<Task<bool>> condition, string what) => Tests.Shared.Wait.UntilAsync(condition, Timeout, what);
    }
}
