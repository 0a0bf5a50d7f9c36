using SmartStoreSimulator;
using SmartStoreSimulator.Client;
using SmartStoreSimulator.Control;

namespace SmartStore.Tests;

/// <summary>Token requests queued in the governor longer than Naver's timestamp tolerance must still be accepted.</summary>
public sealed class TokenLivelockTests
{
    private const int Sellers = 200;
    private const double TokenRate = 20;

    [Fact]
    public async Task ManySellersNeedingATokenAtALowTokenRateAllGetOneAlthoughTheQueueOutlastsTheTimestampTolerance()
    {
        // 200 tokens at 20/s take about 10 s, five times the 2 s the simulator allows between signing and arrival.
        await using var host = await SimulatorHost.StartAsync(0, new Dictionary<string, string?> { ["Simulator:TimestampTolerance"] = "00:00:02" });
        using var control = new SimulatorClient(host.BaseUrl);
        var (clientId, clientSecret) = await control.CreateApplicationAsync(
            new CreateApplicationRequest(null, null, null, 1000, new Dictionary<string, double> { ["token"] = TokenRate }, null));
        var accounts = new List<string>();
        for (var i = 0; i < Sellers; i++)
        {
            accounts.Add(await control.CreateSellerAsync());
        }

        await using var client = TestClient.Create(host.BaseUrl, clientId, clientSecret, settings: new Dictionary<string, string?>
        {
            ["SmartStore:StartingRatePerSecond:Token"] = "20",
            ["SmartStore:AttemptTimeout"] = "00:00:05",
        });

        var results = await Task.WhenAll(accounts.Select(account =>
            client.Client.VerifyAsync(SmartStoreCredentials.ForSolutionSeller(account), account, CancellationToken.None)));

        var failures = results.Where(r => !r.IsSuccess).GroupBy(r => $"{r.Error!.HttpStatus} {r.Error.Code}").Select(g => $"{g.Count()} x {g.Key}");
        Assert.True(results.All(r => r.IsSuccess), $"every seller should get a token; failures: {string.Join(", ", failures)}");
    }
}
