using System.Diagnostics;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Npgsql;

namespace Bench;

/// <summary>
/// Bulk placing: many sellers press 발주하기 for all their collected orders at once, through the grain call the
/// gateway's <c>POST /orders/place</c> makes (<see cref="ISellerGrain.PlaceOrdersAsync"/>, in requests of at most its
/// cap), on a one-silo cluster on PostgreSQL. Each order is checked, numbered, charged once and placed; its 발주확인
/// follows through the seller's SmartStore outbox. The baseline is PostgreSQL's commit rate for the same writes as
/// plain single commits at the same concurrency, in the same run; the proof checks every order, charge, balance and
/// 발주확인 afterwards.
/// </summary>
internal static class PlaceBenchmark
{
    private const string WarmupSellerId = "bench-place-warmup";

    public static async Task<int> RunAsync(PlaceSettings settings)
    {
        await using var environment = await BenchEnvironment.StartAsync(settings.Pg, "place");
        var (dataSource, cpu, control) = (environment.DataSource, environment.Cpu, environment.Control);
        BenchText.WriteHeader(
            Console.Out,
            BenchText.Invariant($"place: {settings.Sellers} sellers x {settings.OrdersPerSeller} collected orders placed at once (SellerGrain.PlaceOrdersAsync, at most {PlaceSettings.MaxOrdersPerRequest} per request as the gateway caps it) on a 1-silo cluster"),
            BenchText.Invariant($"PostgreSQL: {environment.Server.Origin}; {environment.Server.Settings}"),
            BenchText.Invariant($"a warm-up seller with {PlaceSettings.WarmupOrders} orders is placed first, untimed; 발주확인 goes to the SmartStore simulator through each seller's outbox"));

        IReadOnlyList<SeededSeller> sellers;
        IngestRun placing;
        Latency perSeller;
        TimeSpan confirmed;
        int refused, requestsTimedOut, chargedAgain;
        long confirmTransactions;
        Dictionary<string, long> tablesBefore;
        await using (var silo = await IngestSilo.StartAsync(environment.Database.ConnectionString, environment.SmartStore))
        {
            var clock = Stopwatch.StartNew();
            await OrderSeed.AddProductAsync(silo.Grains);
            var warmup = await OrderSeed.SellersAsync(silo.Grains, control, [WarmupSellerId], PlaceSettings.WarmupOrders);
            sellers = await OrderSeed.SellersAsync(
                silo.Grains, control, [.. Enumerable.Range(1, settings.Sellers).Select(i => BenchText.Invariant($"bench-place-{i:D3}"))], settings.OrdersPerSeller);
            Console.WriteLine(BenchText.Invariant($"seeded {settings.Orders:N0} collected orders (주문대기) of {sellers.Count} sellers, topped up, in {clock.Elapsed.TotalSeconds:0.0} s"));
            _ = await PlaceAllAsync(silo.Grains, warmup);
            await PlacedOrders.AwaitConfirmedAsync(dataSource, warmup[0].OrderIds, PlaceSettings.ConfirmTimeout);

            var ids = sellers.SelectMany(s => s.OrderIds).ToArray();
            // Idle backends publish their table counts within 10 s: wait for the seeding's before counting.
            await Task.Delay(TableWrites.PublishDelay);
            tablesBefore = await TableWrites.SnapshotAsync(dataSource);
            var xidBefore = await IngestProbe.NextTransactionIdAsync(dataSource);
            var cpuBefore = cpu.Sample();
            var start = DateTimeOffset.UtcNow;
            clock.Restart();
            var (outcomes, _, timedOut) = await PlaceAllAsync(silo.Grains, sellers);

            // A request that outlived Orleans' response timeout goes on in its grain: the read model tells when each
            // seller's last order was placed.
            await PlacedOrders.AwaitAsync(dataSource, ids, confirmed: false, PlaceSettings.ConfirmTimeout);
            var cpuUsed = cpu.Sample() - cpuBefore;
            var transactions = await IngestProbe.NextTransactionIdAsync(dataSource) - xidBefore;
            var lastPlaced = await PlacedOrders.LastPlacedAsync(dataSource, ids);
            var elapsed = lastPlaced.Count == 0 ? clock.Elapsed : lastPlaced.Values.Max() - start;
            refused = outcomes.Count(o => !o.Placed);
            requestsTimedOut = timedOut;
            placing = new IngestRun(
                BenchText.Invariant($"through Orleans: {sellers.Count} x PlaceOrdersAsync at once"),
                await PlacedOrders.CountAsync(dataSource, ids, confirmed: false), elapsed, transactions, cpuUsed);
            perSeller = Latency.Of([.. lastPlaced.Values.Select(at => (at - start).TotalSeconds)]);

            await PlacedOrders.AwaitConfirmedAsync(dataSource, ids, PlaceSettings.ConfirmTimeout);
            confirmed = clock.Elapsed;
            confirmTransactions = await IngestProbe.NextTransactionIdAsync(dataSource) - xidBefore;

            // Pressing 발주하기 again answers from the orders and charges nothing.
            var chargesBefore = await ChargesAsync(dataSource, ids);
            var again = await PlaceAllAsync(silo.Grains, sellers);
            refused += again.Outcomes.Count(o => !o.Placed);
            chargedAgain = await ChargesAsync(dataSource, ids) - chargesBefore;
        }

        // Counted once the silo's connections closed: a backend publishes its counts when it exits, at the latest.
        var rowsPerOrder = TableWrites.PerOrder(tablesBefore, await TableWrites.SnapshotAsync(dataSource), settings.Orders);
        var verification = await PlaceVerification.CheckAsync(dataSource, control, sellers);
        var (raw, rawPerSeller) = await PlaceRawBaseline.RunAsync(environment.Database.ConnectionString, sellers, cpu);
        Write(settings, placing, perSeller, raw, rawPerSeller, confirmed);
        Console.WriteLine(BenchText.Invariant(
            $"through 발주확인: {(double)confirmTransactions / settings.Orders:0.00} write xacts per order; {requestsTimedOut} of {sellers.Count * ((settings.OrdersPerSeller + PlaceSettings.MaxOrdersPerRequest - 1) / PlaceSettings.MaxOrdersPerRequest)} requests outlived the 발주하기 response timeout of {Grains.Interfaces.Sellers.PlacingTimeouts.Request} (their orders finished in their grains); {refused} orders refused"));
        Console.WriteLine("rows written per order through 발주확인 and the silo's stop (pg_stat_user_tables): " + rowsPerOrder);
        Console.WriteLine(BenchText.Invariant($"placing again: {chargedAgain} new charges (0 expected)"));
        Console.WriteLine("verification: " + verification);
        return verification.Passed && refused == 0 && chargedAgain == 0 ? 0 : 1;
    }

    /// <summary>
    /// Every seller places all its orders at once, in requests of at most the gateway's cap; the outcomes answered,
    /// each seller's seconds and how many requests timed out.
    /// </summary>
    private static async Task<(List<PlaceOutcome> Outcomes, List<double> Seconds, int TimedOut)> PlaceAllAsync(IGrainFactory grains, IReadOnlyList<SeededSeller> sellers)
    {
        var timedOut = 0;
        var results = await Task.WhenAll(sellers.Select(async seller =>
        {
            var clock = Stopwatch.StartNew();
            var outcomes = new List<PlaceOutcome>();
            foreach (var chunk in seller.OrderIds.Chunk(PlaceSettings.MaxOrdersPerRequest))
            {
                try
                {
                    outcomes.AddRange(await grains.GetSeller(seller.SellerId).PlaceOrdersAsync([.. chunk]));
                }
                catch (TimeoutException)
                {
                    Interlocked.Increment(ref timedOut);
                }
            }

            return (Outcomes: outcomes, Seconds: clock.Elapsed.TotalSeconds);
        }));
        return ([.. results.SelectMany(r => r.Outcomes)], [.. results.Select(r => r.Seconds)], timedOut);
    }

    private static async Task<int> ChargesAsync(NpgsqlDataSource dataSource, string[] ids)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*)::int FROM point_ledger WHERE kind = 'Charge' AND product_order_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", ids);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static void Write(PlaceSettings settings, IngestRun placing, Latency perSeller, IngestRun raw, Latency rawPerSeller, TimeSpan confirmed)
    {
        Console.WriteLine();
        var table = new TextTable("run", "orders", "seconds", "orders/s", "x raw", "write xacts / order", "per seller p50 s", "max s", "bench CPU s", "PostgreSQL CPU s", "cores busy");
        foreach (var (run, latency) in new[] { (raw, rawPerSeller), (placing, perSeller) })
        {
            table.Add(
                run.Name,
                BenchText.Invariant($"{run.Orders:N0}"),
                BenchText.Invariant($"{run.Elapsed.TotalSeconds:0.00}"),
                BenchText.Invariant($"{run.OrdersPerSecond:0}"),
                BenchText.Invariant($"{run.OrdersPerSecond / raw.OrdersPerSecond:0.00}"),
                BenchText.Invariant($"{run.TransactionsPerOrder:0.00}"),
                BenchText.Invariant($"{latency.P50:0.00}"),
                BenchText.Invariant($"{latency.Max:0.00}"),
                BenchText.Invariant($"{run.Cpu.ProcessSeconds:0.00}"),
                run.Cpu.ServerSeconds is { } server ? BenchText.Invariant($"{server:0.00}") : "n/a",
                BenchText.Invariant($"{(run.Cpu.ProcessSeconds + (run.Cpu.ServerSeconds ?? 0)) / run.Elapsed.TotalSeconds:0.00}"));
        }

        table.Write(Console.Out);
        Console.WriteLine();
        Console.WriteLine(BenchText.Invariant(
            $"every order confirmed on SmartStore {confirmed.TotalSeconds:0.0} s after the placing began (outboxes send in batches; their writes overlap the placing window and count in its transactions)"));
        Console.WriteLine("write xacts = transaction ids PostgreSQL assigned in the window; CPU = this process (silo, simulator) and every PostgreSQL process, from /proc");
        Console.WriteLine(BenchText.Invariant(
            $"summary: {placing.OrdersPerSecond:0} orders/s placed = {placing.OrdersPerSecond / raw.OrdersPerSecond:0.00} x the raw commit rate of the same writes ({raw.OrdersPerSecond:0} orders/s); {settings.Sellers} sellers' {settings.Orders:N0} orders in {placing.Elapsed.TotalSeconds:0.0} s, slowest seller {perSeller.Max:0.0} s"));
    }
}
