using System.Diagnostics;
using System.Globalization;
using Grains.Collection;
using Grains.Interfaces.Sellers;
using Grains.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using SmartStore;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;
using SmartStoreSimulator.Control;

namespace Bench;

/// <summary>
/// Many sellers with automatic collection on one silo (in this process, real PostgreSQL, the simulator over HTTP):
/// reminders, ticks, CPU and memory per seller, how much of SmartStore's change-feed limit is used, grain call
/// timeouts, and payment-to-visible lag, at an allowance covering a poll per seller per period and at a quarter of
/// it, where the adaptive cadence polls busy sellers first.
/// </summary>
internal static class SellersBenchmark
{
    private const string ListingApi = "last-changed-statuses";
    private const string QueryApi = "query";

    public static async Task<int> RunAsync(SellersSettings settings)
    {
        var server = await BenchPostgres.ConnectAsync(settings.Pg);
        SellersReport.WriteHeader(Console.Out, settings, server);
        var runs = new List<SellersRun>();
        if (settings.Allowances is "both" or "full")
        {
            runs.Add(await RunAllowanceAsync(settings, server, "full", 1.0));
        }

        if (settings.Allowances is "both" or "quarter")
        {
            runs.Add(await RunAllowanceAsync(settings, server, "quarter", 0.25));
        }

        SellersReport.WriteResults(Console.Out, settings, runs);
        return runs.All(run => run.Missing == 0) ? 0 : 1;
    }

    /// <summary>
    /// 주문 가져오기 for a seeded seller. With a quarter allowance the seeding runs' SmartStore calls queue behind
    /// every seller's ticks, so a run can outlast Orleans' 30 s response timeout while it goes on in its grain; asking
    /// again waits for it (runs of one seller go one at a time) and answers with a run that saw the order.
    /// </summary>
    private static async Task<CollectionRun> CollectSeedAsync(IGrainFactory grains, string sellerId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await grains.GetSeller(sellerId).CollectAsync();
            }
            catch (TimeoutException) when (attempt < 5)
            {
                // The run goes on in its grain; the next call waits for it.
            }
        }
    }

    private static async Task<SellersRun> RunAllowanceAsync(SellersSettings settings, BenchPostgres server, string name, double fraction)
    {
        // The limit covers (a fraction of) one poll per seller per period, rounded up to whole calls per second.
        var limit = Math.Ceiling(settings.Sellers / settings.Period.TotalSeconds * fraction);
        var ordering = fraction >= 1 ? settings.Sellers : Math.Max(1, (int)Math.Round(settings.Sellers * settings.BusyShare));
        Console.WriteLine(BenchText.Invariant($"[{name}] limit {limit:0}/s for {ListingApi} and {QueryApi}; {ordering} sellers receive orders"));

        await using var database = await server.CreateMigratedDatabaseAsync("sellers");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var cpu = await CpuMeter.ForServerAsync(dataSource);
        var other = SellersSettings.OtherApiRate.ToString(CultureInfo.InvariantCulture);
        await using var simulator = await SimulatorHost.StartAsync(0, new Dictionary<string, string?> { ["Simulator:DefaultRatePerSecond"] = other });
        using var control = new SimulatorClient(simulator.BaseUrl);
        var (clientId, clientSecret) = await control.CreateApplicationAsync(new CreateApplicationRequest(
            null, null, null, SellersSettings.OtherApiRate, new Dictionary<string, double> { [ListingApi] = limit, [QueryApi] = limit }, null));
        using var probe = new SellersProbe();
        await using var silo = await IngestSilo.StartAsync(database.ConnectionString, SiloSettings(settings, simulator.BaseUrl, clientId, clientSecret, limit), services =>
        {
            services.AddSingleton<IOrderEvents>(probe);

            // Stopping the silo with ticks in flight makes Orleans log every one-way call it can no longer address;
            // the timeouts that matter are counted by the probe.
            services.Configure<LoggerFilterOptions>(options =>
            {
                options.AddFilter("Polly", LogLevel.None);
                options.AddFilter("Orleans.Messaging", LogLevel.None);
            });
        });
        await IngestWorkload.AddProductsAsync(silo.Grains);
        var (heapBefore, workingSetBefore) = Memory();

        var clock = Stopwatch.StartNew();
        var sellers = await RegisterAsync(silo.Grains, control, settings);
        var registration = clock.Elapsed;
        var registered = DateTimeOffset.UtcNow;
        var reminders = await CountRemindersAsync(dataSource);
        Console.WriteLine(BenchText.Invariant($"[{name}] {settings.Sellers} sellers registered with automatic collection in {registration.TotalSeconds:0.0} s; {reminders} reminders"));

        var group = sellers.Take(ordering).ToArray();
        await using var feed = new SellersFeed(control, dataSource, group, settings.OrdersPerSecond);
        if (ordering < sellers.Length)
        {
            // The busy sellers have had an order already, collected with 주문 가져오기, as in a steady state.
            await feed.SeedAsync(group, settings.Parallelism);
            await Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism }, async (seller, _) =>
            {
                var run = await CollectSeedAsync(silo.Grains, seller.SellerId);
                if (!run.Succeeded)
                {
                    throw new InvalidOperationException($"Seller {seller.SellerId}: 주문 가져오기 failed with {run.ErrorCode}");
                }
            });
        }

        feed.Start();
        var budget = silo.Services.GetRequiredService<SmartStoreBudget>();
        await Task.Delay(settings.Period * settings.WarmupPeriods);

        var from = DateTimeOffset.UtcNow;
        var (cpuBefore, ticksBefore, listingBefore, queryBefore) = (cpu.Sample(), probe.Ticks, await ApiCount.ReadAsync(control, clientId, ListingApi), await ApiCount.ReadAsync(control, clientId, QueryApi));
        var queue = await SampleQueueAsync(budget, settings.Period * settings.MeasurePeriods);
        var (cpuAfter, ticksAfter, listingAfter, queryAfter) = (cpu.Sample(), probe.Ticks, await ApiCount.ReadAsync(control, clientId, ListingApi), await ApiCount.ReadAsync(control, clientId, QueryApi));
        var to = DateTimeOffset.UtcNow;
        var minutes = (to - from).TotalMinutes;
        var (heapAfter, workingSetAfter) = Memory();
        var cadence = silo.Services.GetRequiredService<CollectionCadence>().Status;
        var quietShare = new Grains.Sellers.CollectionOptions().CadenceQuietShare;
        var bound = CadencePolicy.LongestInterval(settings.Sellers, cadence.PollsPerSecond * settings.Period.TotalSeconds, quietShare);
        var gaps = SellersGaps.Measure(probe, sellers, group.Select(s => s.SellerId).ToHashSet(StringComparer.Ordinal), registered, from, to, settings.Period * Math.Ceiling(bound));

        await feed.StopFeedingAsync();
        var drained = await feed.DrainAsync(settings.Period * (Math.Ceiling(bound) + 2));
        var missing = drained ? await CountMissingAsync(dataSource, feed.AllIds) : feed.Pending;
        return new SellersRun(
            name, limit, ordering, registration, reminders, minutes,
            ticksAfter - ticksBefore,
            cpuAfter - cpuBefore,
            (heapAfter - heapBefore) / (double)settings.Sellers, (workingSetAfter - workingSetBefore) / (double)settings.Sellers,
            listingAfter - listingBefore, queryAfter - queryBefore, queue, probe.Timeouts, probe.FailedRuns,
            feed.LagsPaidBetween(from, to), cadence, bound, gaps.BusyPollsPerMinute, gaps.QuietPollsPerMinute, gaps.Longest,
            gaps.OverBound, feed.Fed, missing);
    }

    private static Dictionary<string, string?> SiloSettings(SellersSettings settings, Uri baseUrl, string clientId, string clientSecret, double limit)
    {
        var smartStore = SmartStoreOptions.SectionName;
        var collection = Grains.Sellers.CollectionOptions.SectionName;
        var invariant = CultureInfo.InvariantCulture;
        return new Dictionary<string, string?>
        {
            [$"{smartStore}:{nameof(SmartStoreOptions.BaseUrl)}"] = baseUrl.ToString(),
            [$"{smartStore}:{nameof(SmartStoreOptions.ClientId)}"] = clientId,
            [$"{smartStore}:{nameof(SmartStoreOptions.ClientSecret)}"] = clientSecret,
            // The governor would learn these from the headers; starting there avoids a slow first minute.
            [$"{smartStore}:{nameof(SmartStoreOptions.DefaultStartingRatePerSecond)}"] = SellersSettings.OtherApiRate.ToString(invariant),
            [$"{smartStore}:{nameof(SmartStoreOptions.StartingRatePerSecond)}:{nameof(SmartStoreApi.LastChangedStatuses)}"] = limit.ToString(invariant),
            [$"{smartStore}:{nameof(SmartStoreOptions.StartingRatePerSecond)}:{nameof(SmartStoreApi.Query)}"] = limit.ToString(invariant),
            // As the ingest benchmark: the whole limit, so that "used" compares with the simulator's own figure.
            [$"{smartStore}:{nameof(SmartStoreOptions.Headroom)}"] = "1",
            [$"{collection}:{nameof(Grains.Sellers.CollectionOptions.AutoCollectPeriod)}"] = settings.Period.ToString("c", invariant),
            [$"{collection}:{nameof(Grains.Sellers.CollectionOptions.BusyFor)}"] = settings.BusyFor.ToString("c", invariant),
            [$"{collection}:{nameof(Grains.Sellers.CollectionOptions.Window)}"] = SellersSettings.Window.ToString("c", invariant),
        };
    }

    /// <summary>Creates the simulator accounts and registers a seller with automatic collection for each, a bounded number at once.</summary>
    private static async Task<BenchSeller[]> RegisterAsync(IGrainFactory grains, SimulatorClient simulator, SellersSettings settings)
    {
        var sellers = new BenchSeller[settings.Sellers];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, settings.Sellers), new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism }, async (index, _) =>
            {
                var sellerId = BenchText.Invariant($"bench-seller-{index + 1:D5}");
                var accountId = await simulator.CreateSellerAsync();
                var seller = grains.GetSeller(sellerId);
                var registered = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null));
                var switched = await seller.UpdateSettingsAsync(new SellerSettings(AutoCollect: true, AutoOrder: false));
                if (!registered.Accepted || !switched.Accepted)
                {
                    throw new InvalidOperationException($"Seller {sellerId}: registration {registered.ErrorCode}, settings {switched.Error}");
                }

                sellers[index] = new BenchSeller(sellerId, accountId);
            });
        return sellers;
    }

    /// <summary>The change-feed queue of the silo's governor, sampled every second for <paramref name="duration"/>.</summary>
    private static async Task<(int Start, int Max, int End)> SampleQueueAsync(SmartStoreBudget budget, TimeSpan duration)
    {
        var start = budget.PlatformWaiting(SmartStoreApi.LastChangedStatuses);
        var max = start;
        var clock = Stopwatch.StartNew();
        var last = start;
        while (clock.Elapsed < duration)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            last = budget.PlatformWaiting(SmartStoreApi.LastChangedStatuses);
            max = Math.Max(max, last);
        }

        return (start, max, last);
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(false), process.WorkingSet64);
    }

    private static async Task<long> CountRemindersAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM orleansreminderstable WHERE reminder_name = @name");
        command.Parameters.AddWithValue("name", Grains.Sellers.SellerGrain.AutoCollectReminder);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Orders added to the simulator that have no row in <c>order_read</c>.</summary>
    private static async Task<int> CountMissingAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> ids)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM order_read WHERE product_order_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return ids.Count - (int)(long)(await command.ExecuteScalarAsync())!;
    }
}
