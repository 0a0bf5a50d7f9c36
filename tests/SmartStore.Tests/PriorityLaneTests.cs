using SmartStoreSimulator.Control;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class PriorityLaneTests(SimulatorFixture simulator)
{
    private const int BackgroundCalls = 2000;
    private const double QueryRate = 20;

    [Fact]
    public async Task AButtonPressIsAnsweredBeforeTheThousandsOfBackgroundCallsQueuedAheadOfIt()
    {
        var (clientId, clientSecret) = await simulator.Control.CreateApplicationAsync(
            new CreateApplicationRequest(null, null, null, 1000, new Dictionary<string, double> { ["query"] = QueryRate }, null));
        // Every background call comes from a seller key of its own, so round robin alone would serve the press last.
        var ticking = await simulator.Control.CreateSellerAsync();
        var pressing = await simulator.Control.CreateSellerAsync();
        var orderId = (await simulator.Control.AddOrdersAsync(pressing, 1)).Single();
        await using var client = TestClient.Create(simulator.BaseUrl, clientId, clientSecret, settings: new Dictionary<string, string?>
        {
            ["SmartStore:StartingRatePerSecond:Query"] = QueryRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        foreach (var seller in new[] { ticking, pressing })
        {
            Assert.True((await client.Client.VerifyAsync(SmartStoreCredentials.ForSolutionSeller(seller), seller, CancellationToken.None)).IsSuccess);
        }

        // At 20 calls per second the background queue would take 100 s to drain; it is cancelled once the press is answered.
        using var stop = new CancellationTokenSource();
        var backgroundDone = 0;
        var background = Enumerable.Range(0, BackgroundCalls).Select(async i =>
        {
            try
            {
                await client.Client.QueryProductOrdersAsync(
                    SmartStoreCredentials.ForSolutionSeller(ticking), SmartStoreCaller.Background($"tick-{i}"), ["2099010100000000"], stop.Token);
                Interlocked.Increment(ref backgroundDone);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Expected: the queue is abandoned once the test has its answer.
            }
        }).ToList();

        var press = await client.Client.QueryProductOrdersAsync(
            SmartStoreCredentials.ForSolutionSeller(pressing), SmartStoreCaller.Interactive(pressing), [orderId], CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(60));
        var doneBeforePress = Volatile.Read(ref backgroundDone);
        await stop.CancelAsync();
        await Task.WhenAll(background);

        Assert.True(press.IsSuccess, press.ToString());
        Assert.Equal(orderId, Assert.Single(press.Value.Orders).ProductOrderId);
        Assert.True(doneBeforePress < BackgroundCalls / 20, $"the interactive call should be answered ahead of the queue; {doneBeforePress} of {BackgroundCalls} background calls finished first");
    }
}
