using System.Diagnostics;
using System.Globalization;
using Grains.Interfaces.Sellers;
using Npgsql;
using SmartStore;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;

namespace Bench;

/// <summary>
/// End-to-end collection throughput: sellers collecting their SmartStore orders at once through the grains of a
/// one-silo cluster on PostgreSQL, each order a grain state write plus a read-model upsert. The baseline is
/// PostgreSQL's raw commit rate for the same rows at the same concurrency, measured in the same run.
/// </summary>
internal static class IngestBenchmark
{
    private const string WarmupSellerId = "bench-warmup";

    public static async Task<int> RunAsync(IngestSettings settings)
    {
        var server = await BenchPostgres.ConnectAsync(settings.Pg);
        await using var database = await server.CreateMigratedDatabaseAsync("ingest");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var cpu = await CpuMeter.ForServerAsync(dataSource);
        var rate = IngestSettings.SimulatorRate.ToString(CultureInfo.InvariantCulture);
        await using var simulator = await SimulatorHost.StartAsync(0, new Dictionary<string, string?> { ["Simulator:DefaultRatePerSecond"] = rate });
        using var control = new SimulatorClient(simulator.BaseUrl);
        var (clientId, clientSecret) = await control.CreateApplicationAsync(IngestSettings.SimulatorRate);
        var smartStore = new Dictionary<string, string?>
        {
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.BaseUrl)}"] = simulator.BaseUrl.ToString(),
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.ClientId)}"] = clientId,
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.ClientSecret)}"] = clientSecret,
            // Start the governor at the simulator's rate (it would learn it from the headers anyway) and use all of it.
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.DefaultStartingRatePerSecond)}"] = rate,
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.Headroom)}"] = "1",
        };

        IngestReport.WriteHeader(Console.Out, settings, server);
        using var statements = new IngestStatements();
        IReadOnlyList<(string Kind, long RoundTrips, TimeSpan Waited)> roundTrips;
        List<BenchSeller> sellers;
        BenchSeller warmup;
        IngestRun listing, collection;
        CollectionResults results;
        await using (var silo = await IngestSilo.StartAsync(database.ConnectionString, smartStore))
        {
            await IngestWorkload.AddProductsAsync(silo.Grains);
            warmup = await IngestWorkload.CreateSellerAsync(silo.Grains, control, WarmupSellerId, IngestSettings.WarmupOrders);
            sellers = [.. await Task.WhenAll(Enumerable.Range(1, settings.Sellers).Select(i =>
                IngestWorkload.CreateSellerAsync(silo.Grains, control, BenchText.Invariant($"bench-seller-{i:D3}"), settings.OrdersPerSeller)))];
            listing = await MeasureListingAsync(simulator.BaseUrl, clientId, clientSecret, smartStore, sellers, cpu);
            if ((await CollectAsync(silo.Grains, [warmup])).Failed > 0)
            {
                throw new InvalidOperationException("The warm-up seller's collection failed; see the log above.");
            }

            var requestsBefore = await ApiCount.ReadAsync(control, clientId, "product-orders");
            var xidBefore = await IngestProbe.NextTransactionIdAsync(dataSource);
            var cpuBefore = cpu.Sample();
            statements.Start();
            var clock = Stopwatch.StartNew();
            results = await CollectAsync(silo.Grains, sellers);
            var elapsed = clock.Elapsed;
            var cpuUsed = cpu.Sample() - cpuBefore;
            roundTrips = statements.Stop();
            var transactions = await IngestProbe.NextTransactionIdAsync(dataSource) - xidBefore;
            collection = new IngestRun(
                BenchText.Invariant($"collection: SellerGrain.CollectAsync x {settings.Sellers} at once"),
                results.Summaries.Sum(s => s.Collected), elapsed, transactions, cpuUsed);
            results = results with { ListingRequests = await ApiCount.ReadAsync(control, clientId, "product-orders") - requestsBefore };
        }

        var verification = await IngestVerification.CheckAsync(dataSource, control, [warmup, .. sellers], WarmupSellerId);
        var raw = await RawCommitBaseline.RunAsync(database.ConnectionString, settings.Concurrency, cpu);
        IngestReport.WriteResults(Console.Out, settings, (raw, listing, collection), results, verification, roundTrips);
        return verification.Passed && results.Failed == 0 ? 0 : 1;
    }

    /// <summary>Collects every seller at once; fails when a run did not succeed.</summary>
    private static async Task<CollectionResults> CollectAsync(IGrainFactory grains, IReadOnlyList<BenchSeller> sellers)
    {
        var runs = await Task.WhenAll(sellers.Select(async seller =>
        {
            var clock = Stopwatch.StartNew();
            var run = await grains.GetSeller(seller.SellerId).CollectAsync();
            return (Run: run, Seconds: clock.Elapsed.TotalSeconds);
        }));
        return new CollectionResults(
            [.. runs.Select(r => r.Run.Summary)],
            runs.Count(r => !r.Run.Succeeded),
            Latency.Of([.. runs.Select(r => r.Seconds)]),
            new ApiCount(0, 0));
    }

    /// <summary>The SmartStore part alone: every seller's listing fetched at once by a client like the silo's, nothing persisted.</summary>
    private static async Task<IngestRun> MeasureListingAsync(
        Uri baseUrl, string clientId, string clientSecret, IReadOnlyDictionary<string, string?> settings, IReadOnlyList<BenchSeller> sellers,
        CpuMeter cpu)
    {
        await using var client = GovernedSilo.Create(baseUrl, clientId, clientSecret, 1.0, settings);
        var window = TimeSpan.FromDays(6);
        await ListAsync(client.Client, sellers.Take(1), window);
        var cpuBefore = cpu.Sample();
        var clock = Stopwatch.StartNew();
        var orders = await ListAsync(client.Client, sellers, window);
        return new IngestRun("SmartStore listing only, nothing persisted", orders, clock.Elapsed, 0, cpu.Sample() - cpuBefore);
    }

    private static async Task<int> ListAsync(ISmartStoreClient client, IEnumerable<BenchSeller> sellers, TimeSpan window)
    {
        var now = DateTimeOffset.UtcNow;
        var listed = await Task.WhenAll(sellers.Select(seller => client.ListNewProductOrdersAsync(
            SmartStoreCredentials.ForSolutionSeller(seller.AccountId), seller.AccountId, now - window, now, CancellationToken.None)));
        return listed.Sum(result => result.IsSuccess ? result.Value.Length : throw new InvalidOperationException($"Listing failed: {result.Error}"));
    }
}
