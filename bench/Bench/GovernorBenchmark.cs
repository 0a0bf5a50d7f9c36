using System.Diagnostics;
using System.Globalization;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;

namespace Bench;

/// <summary>
/// How close the governed SmartStore clients of several silos get to the simulator's limit together, how many
/// 429s they cause, and how fairly they share it between a heavy seller and light ones. The baseline is the
/// simulator's ceiling as measured in the same run by an ungoverned client with the same callers.
/// </summary>
internal static class GovernorBenchmark
{
    public static async Task<int> RunAsync(GovernorSettings settings)
    {
        var limit = settings.Limit.ToString(CultureInfo.InvariantCulture);
        await using var simulator = await SimulatorHost.StartAsync(0, new Dictionary<string, string?> { ["Simulator:DefaultRatePerSecond"] = limit });
        using var control = new SimulatorClient(simulator.BaseUrl);
        var sellers = new List<SellerAccount>();
        for (var i = 0; i < settings.Sellers; i++)
        {
            sellers.Add(await SellerAccount.CreateAsync(control));
        }

        GovernorReport.WriteHeader(Console.Out, settings);
        var baseline = await MeasureUngovernedAsync(settings, control, simulator.BaseUrl, sellers);
        var governed = await MeasureGovernedAsync(settings, control, simulator.BaseUrl, sellers);
        GovernorReport.WriteResults(Console.Out, settings, baseline, governed);
        return 0;
    }

    private static async Task<RunResult> MeasureUngovernedAsync(
        GovernorSettings settings, SimulatorClient control, Uri baseUrl, IReadOnlyList<SellerAccount> sellers)
    {
        // Its own application with the same limit, so that its 429 storm leaves the governed one's bucket alone.
        var (clientId, clientSecret) = await control.CreateApplicationAsync(settings.Limit);
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var client = new UngovernedClient(http, clientId, clientSecret);
        await client.SignInAsync(sellers);

        var tally = new LoadTally(sellers.Count);
        return await MeasureAsync(
            "ungoverned burst (baseline)", control, clientId, settings.Api, [tally],
            stop => CallerLoad.RunAsync(
                sellers.Count, settings.HeavyCallers * settings.Silos, GovernorSettings.LightCallers * settings.Silos,
                (seller, cancellationToken) => client.CallAsync(settings.Api, sellers[seller], cancellationToken), tally, stop),
            GovernorSettings.BaselineDrain, settings.BaselineWindow);
    }

    private static async Task<RunResult> MeasureGovernedAsync(
        GovernorSettings settings, SimulatorClient control, Uri baseUrl, IReadOnlyList<SellerAccount> sellers)
    {
        var (clientId, clientSecret) = await control.CreateApplicationAsync(settings.Limit);
        var silos = Enumerable.Range(0, settings.Silos)
            .Select(_ => GovernedSilo.Create(baseUrl, clientId, clientSecret, 1.0 / settings.Silos))
            .ToList();
        try
        {
            await Task.WhenAll(silos.Select(silo => silo.VerifyAsync(sellers)));
            var tallies = silos.Select(_ => new LoadTally(sellers.Count)).ToList();
            var name = string.Create(CultureInfo.InvariantCulture, $"governed, {settings.Silos} silos x {1.0 / settings.Silos:0.##}");
            return await MeasureAsync(
                name, control, clientId, settings.Api, tallies,
                stop => Task.WhenAll(silos.Select((silo, index) => CallerLoad.RunAsync(
                    sellers.Count, settings.HeavyCallers, GovernorSettings.LightCallers,
                    (seller, cancellationToken) => LoadApi.CallAsync(settings.Api, silo.Client, sellers[seller], cancellationToken),
                    tallies[index], stop))),
                TimeSpan.Zero, settings.Duration);
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    /// <summary>Starts the load, lets <paramref name="warmup"/> pass, then counts what is accepted in <paramref name="window"/>.</summary>
    private static async Task<RunResult> MeasureAsync(
        string name, SimulatorClient control, string clientId, string api, IReadOnlyList<LoadTally> tallies,
        Func<CancellationToken, Task> load, TimeSpan warmup, TimeSpan window)
    {
        using var stop = new CancellationTokenSource();
        var running = load(stop.Token);
        await Task.Delay(warmup);
        var countBefore = await ApiCount.ReadAsync(control, clientId, api);
        var talliesBefore = tallies.Select(tally => tally.Snapshot()).ToList();
        var clock = Stopwatch.StartNew();

        await Task.Delay(window);
        var countAfter = await ApiCount.ReadAsync(control, clientId, api);
        var elapsed = clock.Elapsed;
        var talliesAfter = tallies.Select(tally => tally.Snapshot()).ToList();
        await stop.CancelAsync();
        await running;

        return new RunResult(name, elapsed, countAfter - countBefore, [.. talliesAfter.Zip(talliesBefore, (after, before) => after - before)]);
    }
}
