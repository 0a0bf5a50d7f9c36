using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Grains.Interfaces.Live;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;
using WebGateway.Contracts;
using WebGateway.Hubs;

namespace Bench;

/// <summary>
/// Live push end to end: two silos and two gateways in this process, SignalR clients of many sellers spread over both
/// gateways, point top-ups at a steady rate through the gateways' cluster clients. Each top-up's latency runs from its
/// ledger row's timestamp (PostgreSQL's <c>now()</c> of the posting transaction) to a client receiving
/// <c>pointsChanged</c>. The baseline sends the same messages to the same connections straight through each
/// gateway's <c>IHubContext</c>, without Orleans or PostgreSQL, in the same run.
/// </summary>
internal static class PushBenchmark
{
    // Baseline balances never collide with real ones.
    private const long BaselineBalances = 1_000_000_000_000;

    public static async Task<int> RunAsync(PushSettings settings)
    {
        var server = await BenchPostgres.ConnectAsync(settings.Pg);
        await using var database = await server.CreateMigratedDatabaseAsync("push");
        BenchText.WriteHeader(
            Console.Out,
            BenchText.Invariant($"push: {settings.Connections} SignalR connections of {settings.Sellers} sellers over 2 gateways, 2 silos; {settings.Rate:0.#} top-ups/s for {settings.Seconds:0.#} s per phase"),
            BenchText.Invariant($"PostgreSQL: {server.Origin}; {server.Settings}"),
            "latency: ledger row timestamp (through Orleans) or send time (baseline) -> the client's pointsChanged handler");

        // Nothing here talks to SmartStore, but the silos check their SmartStore section at start: give them a simulator's.
        await using var simulator = await SimulatorHost.StartAsync(0);
        using var control = new SimulatorClient(simulator.BaseUrl);
        var (clientId, clientSecret) = await control.CreateApplicationAsync();
        var cluster = new Dictionary<string, string?>
        {
            ["Orleans:ClusterId"] = "bench-push",
            ["Orleans:ServiceId"] = "bench-push",
            ["SmartStore:BaseUrl"] = simulator.BaseUrl.ToString(),
            ["SmartStore:ClientId"] = clientId,
            ["SmartStore:ClientSecret"] = clientSecret,
        };
        await using var silo1 = await IngestSilo.StartAsync(database.ConnectionString, cluster);
        await using var silo2 = await IngestSilo.StartAsync(database.ConnectionString, cluster);
        var gatewaySettings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Orleans"] = database.ConnectionString,
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

        var sellerIds = Enumerable.Range(1, settings.Sellers).Select(i => BenchText.Invariant($"bench-push-{i:D3}")).ToArray();
        var tokens = new List<string>();
        foreach (var sellerId in sellerIds)
        {
            tokens.Add(await a.SellerTokenAsync(sellerId));
        }

        await using var clients = await PushClients.ConnectAsync(settings.Connections, tokens, gateways);
        var orleans = new ConcurrentDictionary<(int Seller, long Balance), DateTimeOffset>();

        // Warm-up: one top-up per seller, until every connection heard it (activations, directory copies, JIT).
        await Task.WhenAll(sellerIds.Select((id, seller) => TopUpAsync(gateways[seller % 2], id, seller, orleans)));
        await UntilAsync(() => Task.FromResult(clients.Received >= settings.Connections), "every connection to hear the warm-up top-up");
        orleans.Clear();
        var warmupMessages = clients.Received;

        var orleansSeconds = await PaceAsync(settings, i =>
            TopUpAsync(gateways[i % 2], sellerIds[i % settings.Sellers], i % settings.Sellers, orleans));
        var orleansResult = await CollectAsync(settings, clients, orleans, warmupMessages);

        var baseline = new ConcurrentDictionary<(int Seller, long Balance), DateTimeOffset>();
        var beforeBaseline = clients.Received;
        var baselineSeconds = await PaceAsync(settings, i => SendDirectAsync(gateways, sellerIds, i, settings.Sellers, baseline));
        var baselineResult = await CollectAsync(settings, clients, baseline, beforeBaseline);

        var table = new TextTable("path", "changes", "sent over", "messages expected", "received", "lost", "p50 ms", "p95 ms", "p99 ms", "max ms");
        foreach (var (name, result, seconds) in new[] { ("grains -> Orleans observer -> hub", orleansResult, orleansSeconds), ("IHubContext directly (baseline)", baselineResult, baselineSeconds) })
        {
            table.Add(name, result.Changes.ToString(System.Globalization.CultureInfo.InvariantCulture), BenchText.Invariant($"{seconds:0.0} s"),
                Count(result.Expected), Count(result.Received), Count(result.Expected - result.Received),
                Ms(result.P50), Ms(result.P95), Ms(result.P99), Ms(result.Max));
        }

        table.Write(Console.Out);
        Console.WriteLine();
        Console.WriteLine(BenchText.Invariant(
            $"through Orleans / baseline: p50 {orleansResult.P50 / baselineResult.P50:0.0} x, p95 {orleansResult.P95 / baselineResult.P95:0.0} x, p99 {orleansResult.P99 / baselineResult.P99:0.0} x (+{orleansResult.P50 - baselineResult.P50:0.0} ms at p50)"));
        return orleansResult.Expected == orleansResult.Received ? 0 : 1;
    }

    private static async Task TopUpAsync(PushGateway gateway, string sellerId, int seller, ConcurrentDictionary<(int, long), DateTimeOffset> persisted)
    {
        var posting = await gateway.Grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).TopUpAsync("bench-" + Guid.NewGuid().ToString("N"), 1, null);
        persisted[(seller, posting.Balance)] = posting.Entry?.At ?? throw new InvalidOperationException($"Top-up of {sellerId} was not posted: {posting.Outcome}");
    }

    private static Task SendDirectAsync(PushGateway[] gateways, string[] sellerIds, int i, int sellers, ConcurrentDictionary<(int, long), DateTimeOffset> sent)
    {
        var seller = i % sellers;
        var balance = BaselineBalances + i;
        sent[(seller, balance)] = DateTimeOffset.UtcNow;
        return Task.WhenAll(gateways.Select(g => g.Hub.Clients.Group(LiveGroups.Seller(sellerIds[seller])).pointsChanged(new PointsChangedDto(balance))));
    }

    /// <summary>Starts change i at i / rate seconds; returns how long sending took.</summary>
    private static async Task<double> PaceAsync(PushSettings settings, Func<int, Task> change)
    {
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(settings.Changes);
        for (var i = 0; i < settings.Changes; i++)
        {
            var wait = TimeSpan.FromSeconds(i / settings.Rate) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            running.Add(change(i));
        }

        await Task.WhenAll(running);
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Waits (up to <see cref="PushSettings.Drain"/>) for the phase's messages, then measures them.</summary>
    private static async Task<PushResult> CollectAsync(
        PushSettings settings, PushClients clients, ConcurrentDictionary<(int Seller, long Balance), DateTimeOffset> changes, int receivedBefore)
    {
        var expected = changes.Keys.Sum(key => clients.PerSeller[key.Seller]);
        var drain = Stopwatch.StartNew();
        while (clients.Received - receivedBefore < expected && drain.Elapsed < PushSettings.Drain)
        {
            await Task.Delay(50);
        }

        var latencies = clients.Messages
            .Where(m => changes.ContainsKey((m.Seller, m.Balance)))
            .Select(m => (m.At - changes[(m.Seller, m.Balance)]).TotalMilliseconds)
            .ToList();
        if (latencies.Count == 0)
        {
            throw new InvalidOperationException(BenchText.Invariant($"No message of the {changes.Count} changes arrived within {PushSettings.Drain.TotalSeconds} s."));
        }

        var latency = Latency.Of(latencies);
        return new PushResult(changes.Count, expected, latencies.Count, latency.P50, latency.P95, Latency.Percentile([.. latencies.Order()], 0.99), latency.Max);
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

    private static string Ms(double value) => BenchText.Invariant($"{value:0.0}");
}
