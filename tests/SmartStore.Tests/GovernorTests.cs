using System.Diagnostics;
using SmartStore.Governor;
using Xunit.Abstractions;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class GovernorTests(SimulatorFixture simulator, ITestOutputHelper output)
{
    private const double SimulatorLimit = 20;

    [Theory]
    [InlineData(20)]
    [InlineData(100)]
    public async Task TwoSilosWithHalfTheBudgetEachStayTogetherWithinTheApplicationLimit(double startingRate)
    {
        var (clientId, clientSecret) = await simulator.Control.CreateApplicationAsync(SimulatorLimit);
        var sellers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var seller = await simulator.Control.CreateSellerAsync();
            await simulator.Control.AddOrdersAsync(seller, 1);
            sellers.Add(seller);
        }

        var settings = new Dictionary<string, string?> { ["SmartStore:DefaultStartingRatePerSecond"] = startingRate.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await using var siloA = TestClient.Create(simulator.BaseUrl, clientId, clientSecret, new FixedRateShare(0.5), settings: settings);
        await using var siloB = TestClient.Create(simulator.BaseUrl, clientId, clientSecret, new FixedRateShare(0.5), settings: settings);
        foreach (var seller in sellers)
        {
            await siloA.Client.VerifyAsync(SmartStoreCredentials.ForSolutionSeller(seller), seller, CancellationToken.None);
            await siloB.Client.VerifyAsync(SmartStoreCredentials.ForSolutionSeller(seller), seller, CancellationToken.None);
        }

        var duration = TimeSpan.FromSeconds(3);
        var stopwatch = Stopwatch.StartNew();
        var workers = sellers.SelectMany(seller => new[] { siloA, siloB }.Select(silo => KeepQueryingAsync(silo.Client, seller, stopwatch, duration)));
        var failures = (await Task.WhenAll(workers)).Sum();
        var elapsed = stopwatch.Elapsed.TotalSeconds;

        var counters = (await simulator.Control.CountersAsync(clientId))["query"];
        var accepted = counters.Requests - counters.RateLimited;
        output.WriteLine($"starting rate {startingRate}/s: {accepted} accepted in {elapsed:F2}s = {accepted / elapsed:F1}/s, {counters.RateLimited} x 429, {failures} failed calls");

        // Generous bounds: the gateway's own burst (twice the rate) plus a margin; timing targets live in benchmarks.
        Assert.InRange(accepted, (long)(SimulatorLimit * elapsed * 0.6), (long)((SimulatorLimit * elapsed) + (2 * SimulatorLimit) + 5));
        Assert.InRange(counters.RateLimited, 0, 10);
        Assert.Equal(0, failures);
    }

    private static async Task<int> KeepQueryingAsync(ISmartStoreClient client, string seller, Stopwatch stopwatch, TimeSpan duration)
    {
        var credentials = SmartStoreCredentials.ForSolutionSeller(seller);
        var failures = 0;
        while (stopwatch.Elapsed < duration)
        {
            var result = await client.QueryProductOrdersAsync(credentials, seller, ["2099010100000000"], CancellationToken.None);
            failures += result.IsSuccess ? 0 : 1;
        }

        return failures;
    }
}
