using System.Diagnostics;
using System.Security.Cryptography;
using Grains.Interfaces.Live;
using Grains.Interfaces.Sellers;
using WebGateway.Contracts;
using WebGateway.Hubs;

namespace Bench;

/// <summary>
/// Live push end to end: two silos and two gateways in this process, SignalR .NET clients of many sellers spread over
/// both gateways, and real order transitions at a steady rate: 발주하기 of one collected order (주문대기 -> 주문발주,
/// then 발주확인 recorded from SmartStore) through a gateway's cluster client, as the API does. Every orderChanged is
/// measured from the moment PostgreSQL persisted that version's state, every pointsChanged (the charge) from its
/// ledger row. The baseline sends the very same messages to the same connections straight through each gateway's
/// <c>IHubContext</c>, without Orleans or PostgreSQL, at the same rate in the same run.
/// </summary>
internal static class PushBenchmark
{
    // Baseline versions and balances never collide with real ones.
    private const long BaselineOffset = 1_000_000_000_000;

    public static async Task<int> RunAsync(PushSettings settings)
    {
        await using var environment = await BenchEnvironment.StartAsync(settings.Pg, "push");
        var (dataSource, cpu, control) = (environment.DataSource, environment.Cpu, environment.Control);
        await OrderWriteLog.InstallAsync(dataSource);
        BenchText.WriteHeader(
            Console.Out,
            BenchText.Invariant($"push: {settings.Connections} SignalR connections of {settings.Sellers} sellers over 2 gateways, 2 silos; {settings.Rate:0.#} placings/s for {settings.Seconds:0.#} s per phase"),
            BenchText.Invariant($"PostgreSQL: {environment.Server.Origin}; {environment.Server.Settings}"),
            "orderChanged: from PostgreSQL's now() of the transaction that persisted that version's grain state (a bench trigger on OrleansStorage) to the client's handler",
            "pointsChanged: from the charge's ledger row (point_ledger.at); baseline: from the moment the message is handed to IHubContext",
            BenchText.Invariant($"all in this process: silos, gateways and clients share the cores, clocks are the same machine's; file descriptors limit {FileLimit()}"));

        var cluster = new Dictionary<string, string?>(environment.SmartStore)
        {
            ["Orleans:ClusterId"] = "bench-push",
            ["Orleans:ServiceId"] = "bench-push",
        };
        await using var silo1 = await IngestSilo.StartAsync(environment.Database.ConnectionString, cluster);
        await using var silo2 = await IngestSilo.StartAsync(environment.Database.ConnectionString, cluster);
        var gatewaySettings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Orleans"] = environment.Database.ConnectionString,
            ["Orleans:ClusterId"] = "bench-push",
            ["Orleans:ServiceId"] = "bench-push",
            ["Security:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Operator:LoginId"] = "operator",
            ["Operator:Password"] = "bench-" + Guid.NewGuid().ToString("N"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var a = await PushGateway.StartAsync(gatewaySettings);
        await using var b = await PushGateway.StartAsync(gatewaySettings);
        PushGateway[] gateways = [a, b];
        await UntilAsync(
            async () => (await silo1.Grains.GetGrain<ILiveDirectoryGrain>(LiveLease.DirectoryKey).GetGatewaysAsync()).Length == gateways.Length,
            "both gateways to register in the live directory");

        var clock = Stopwatch.StartNew();
        await OrderSeed.AddProductAsync(silo1.Grains);
        var sellers = await OrderSeed.SellersAsync(
            silo1.Grains, control, [.. Enumerable.Range(1, settings.Sellers).Select(i => BenchText.Invariant($"bench-push-{i:D3}"))], settings.OrdersPerSeller);
        var tokens = new List<string>();
        foreach (var seller in sellers)
        {
            tokens.Add(await a.SellerTokenAsync(seller.SellerId));
        }

        var seeded = clock.Elapsed;
        clock.Restart();
        await using var clients = await PushClients.ConnectAsync(settings.Connections, tokens, gateways);
        Console.WriteLine(BenchText.Invariant(
            $"seeded {sellers.Count * settings.OrdersPerSeller:N0} collected orders of {sellers.Count} sellers in {seeded.TotalSeconds:0.0} s; {clients.Count:N0} connections open in {clock.Elapsed.TotalSeconds:0.0} s"));
        var measure = new PushMeasure(clients, sellers);

        // Warm-up: one placing per seller, until every connection heard all its transitions (activations, JIT).
        string[] warmup = [.. sellers.Select(s => s.OrderIds[0])];
        var since = await OrderWriteLog.NowAsync(dataSource);
        await Task.WhenAll(sellers.Select((s, i) => PlaceAsync(gateways[i % 2], s.SellerId, s.OrderIds[0])));
        await measure.SettleAsync(dataSource, warmup, since, PushSettings.Drain);

        // Through Orleans: placing i is of seller i mod sellers, its next order, through gateway i mod 2.
        var placed = Enumerable.Range(0, settings.Placings).Select(i => sellers[i % sellers.Count].OrderIds[1 + (i / sellers.Count)]).ToArray();
        since = await OrderWriteLog.NowAsync(dataSource);
        var cpuBefore = cpu.Sample();
        var phase = Stopwatch.StartNew();
        var orleansSeconds = await PaceAsync(settings.Placings, settings.Rate, i =>
            PlaceAsync(gateways[i % 2], sellers[i % sellers.Count].SellerId, placed[i]));
        await measure.SettleAsync(dataSource, placed, since, PushSettings.Drain);
        var orleansCpu = (phase.Elapsed.TotalSeconds, cpu.Sample() - cpuBefore);
        var (transitions, placedTransitions) = await measure.OrderTransitionsAsync(dataSource, placed, since);
        var charges = await measure.ChargesAsync(dataSource, sellers, placed);

        // The baseline: the same order messages (as first received) and as many point messages, at the same rate.
        var placedSet = placed.ToHashSet(StringComparer.Ordinal);
        var orderMessages = clients.FirstCopies.Where(c => placedSet.Contains(c.Key.ProductOrderId)).Select(c => c.Value).ToList();
        var messages = orderMessages.Count + charges.Changes;
        var sentOrders = new System.Collections.Concurrent.ConcurrentDictionary<(string, long), DateTimeOffset>();
        var sentPoints = new System.Collections.Concurrent.ConcurrentDictionary<(int, long), DateTimeOffset>();
        cpuBefore = cpu.Sample();
        phase.Restart();
        var baselineSeconds = await PaceAsync(messages, messages / orleansSeconds, i => i < orderMessages.Count
            ? SendOrderAsync(gateways, sellers, orderMessages[i], sentOrders)
            : SendPointsAsync(gateways, sellers, (i - orderMessages.Count) % sellers.Count, BaselineOffset + i, sentPoints));
        var baselineOrders = await DrainAsync(() => measure.BaselineOrders(sentOrders), () => measure.Points("pointsChanged (baseline)", sentPoints));
        var baselineCpu = (phase.Elapsed.TotalSeconds, cpu.Sample() - cpuBefore);
        var baselinePoints = measure.Points("pointsChanged (baseline)", sentPoints);

        Write(settings, [transitions, placedTransitions, charges], [baselineOrders, baselinePoints],
            (orleansSeconds, orleansCpu), (baselineSeconds, baselineCpu));
        return transitions.Lost == 0 && charges.Lost == 0 && placedTransitions.Changes == settings.Placings ? 0 : 1;
    }

    private static async Task PlaceAsync(PushGateway gateway, string sellerId, string productOrderId)
    {
        var outcome = (await gateway.Grains.GetSeller(sellerId).PlaceOrdersAsync([productOrderId])).Single();
        if (!outcome.Placed)
        {
            throw new InvalidOperationException($"Order {productOrderId} of {sellerId} was not placed: {outcome.Error?.Code} {outcome.Error?.Message}");
        }
    }

    private static Task SendOrderAsync(
        PushGateway[] gateways, IReadOnlyList<SeededSeller> sellers, (int Seller, OrderDto Order) message,
        System.Collections.Concurrent.ConcurrentDictionary<(string, long), DateTimeOffset> sent)
    {
        var order = message.Order with { Version = message.Order.Version + BaselineOffset };
        sent[(order.ProductOrderId, order.Version)] = DateTimeOffset.UtcNow;
        return Task.WhenAll(gateways.Select(g => g.Hub.Clients.Group(LiveGroups.Seller(sellers[message.Seller].SellerId)).orderChanged(order)));
    }

    private static Task SendPointsAsync(
        PushGateway[] gateways, IReadOnlyList<SeededSeller> sellers, int seller, long balance,
        System.Collections.Concurrent.ConcurrentDictionary<(int, long), DateTimeOffset> sent)
    {
        sent[(seller, balance)] = DateTimeOffset.UtcNow;
        return Task.WhenAll(gateways.Select(g => g.Hub.Clients.Group(LiveGroups.Seller(sellers[seller].SellerId)).pointsChanged(new PointsChangedDto(balance))));
    }

    /// <summary>Waits (up to <see cref="PushSettings.Drain"/>) until the baseline's messages all arrived; returns the order measure.</summary>
    private static async Task<PushResult> DrainAsync(Func<PushResult> orders, Func<PushResult> points)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < PushSettings.Drain && (orders().Lost > 0 || points().Lost > 0))
        {
            await Task.Delay(200);
        }

        return orders();
    }

    /// <summary>Starts change i at i / rate seconds; returns how long sending took.</summary>
    private static async Task<double> PaceAsync(int count, double rate, Func<int, Task> change)
    {
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            running.Add(change(i));
        }

        await Task.WhenAll(running);
        return clock.Elapsed.TotalSeconds;
    }

    private static void Write(
        PushSettings settings, PushResult[] orleans, PushResult[] baseline,
        (double Sending, (double Wall, CpuSample Cpu) Used) orleansPhase, (double Sending, (double Wall, CpuSample Cpu) Used) baselinePhase)
    {
        Console.WriteLine();
        var table = new TextTable("path / message", "changes", "messages expected", "received", "lost", "p50 ms", "p95 ms", "p99 ms", "max ms");
        foreach (var (group, results) in new[] { ("through Orleans (grains -> live observer -> hub)", orleans), ("IHubContext directly (baseline)", baseline) })
        {
            table.Add(group, "", "", "", "", "", "", "", "");
            foreach (var r in results)
            {
                table.Add("  " + r.Path, Count(r.Changes), Count(r.Expected), Count(r.Received), Count(r.Lost), Ms(r.P50), Ms(r.P95), Ms(r.P99), Ms(r.Max));
            }
        }

        table.Write(Console.Out);
        Console.WriteLine();
        foreach (var (name, (sending, (wall, used))) in new[] { ("through Orleans", orleansPhase), ("baseline", baselinePhase) })
        {
            Console.WriteLine(BenchText.Invariant(
                $"{name}: sent over {sending:0.0} s, {wall:0.0} s until the last message; CPU of this process (silos, gateways, {settings.Connections} clients) {used.ProcessSeconds:0.0} s = {100 * used.ProcessSeconds / wall / Environment.ProcessorCount:0} % of {Environment.ProcessorCount} cores, PostgreSQL {(used.ServerSeconds is { } pg ? BenchText.Invariant($"{pg:0.0} s") : "n/a")}"));
        }

        var (all, bases) = (orleans[0], baseline[0]);
        Console.WriteLine(BenchText.Invariant(
            $"orderChanged through Orleans / baseline: p50 {all.P50 / bases.P50:0.0} x, p99 {all.P99 / bases.P99:0.0} x (+{all.P50 - bases.P50:0.0} ms at p50); goal p99 < 250 ms: {(all.P99 < 250 ? "met" : "missed")}; lost {all.Lost + orleans[2].Lost} (goal 0)"));
    }

    private static string FileLimit()
    {
        var limits = File.Exists("/proc/self/limits") ? File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal)) : null;
        return limits is null ? "unknown" : string.Join(" ", limits.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(3).Take(1));
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string expectation)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"Waited 60 s for {expectation}.");
            }

            await Task.Delay(100);
        }
    }

    private static string Count(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Ms(double value) => double.IsNaN(value) ? "-" : BenchText.Invariant($"{value:0.0}");
}
