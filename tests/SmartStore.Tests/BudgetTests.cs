using SmartStore.Governor;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class BudgetTests(SimulatorFixture simulator)
{
    [Fact]
    public async Task TheBudgetIsTheStartingRateUntilTheGatewaySaysAndThenTheLearnedRateTimesShareAndHeadroom()
    {
        var (clientId, clientSecret) = await simulator.Control.CreateApplicationAsync(20);
        var seller = await simulator.Control.CreateSellerAsync();
        await using var silo = TestClient.Create(simulator.BaseUrl, clientId, clientSecret, new FixedRateShare(0.5));

        Assert.Equal(500 * 0.5 * 0.95, silo.Budget.PlatformRatePerSecond(SmartStoreApi.LastChangedStatuses), 6);

        var now = DateTimeOffset.UtcNow;
        var read = await silo.Client.GetLastChangedStatusesAsync(SmartStoreCredentials.ForSolutionSeller(seller), seller, now.AddMinutes(-5), now, CancellationToken.None);

        Assert.True(read.IsSuccess, read.IsSuccess ? null : read.Error.ToString());
        Assert.Equal(20 * 0.5 * 0.95, silo.Budget.PlatformRatePerSecond(SmartStoreApi.LastChangedStatuses), 6);
        Assert.Equal(0, silo.Budget.PlatformWaiting(SmartStoreApi.LastChangedStatuses));
    }

    [Fact]
    public async Task WithoutAPlatformApplicationThereIsNoBudget()
    {
        await using var silo = TestClient.Create(simulator.BaseUrl);

        Assert.Equal(0, silo.Budget.PlatformRatePerSecond(SmartStoreApi.LastChangedStatuses));
        Assert.Equal(0, silo.Budget.PlatformWaiting(SmartStoreApi.LastChangedStatuses));
    }
}
