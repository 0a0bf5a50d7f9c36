using SmartStoreSimulator;
using SmartStoreSimulator.Client;
using Tests.Shared;

namespace SmartStore.Tests;

/// <summary>Simulator settings that would disturb other tests (its clock, its feed), each test on a simulator of its own.</summary>
public sealed class OwnSimulatorTests
{
    [Fact]
    public async Task ALaggingFeedShowsAChangeOnlyOnceTheLagHasPassedWhileTheQuerySeesItAtOnce()
    {
        await using var host = await SimulatorHost.StartAsync(0, new Dictionary<string, string?> { ["Simulator:ChangeFeedLag"] = "00:00:30" });
        using var control = new SimulatorClient(host.BaseUrl);
        await using var scenario = await Scenario.CreateAsync(host.BaseUrl, control);
        var from = DateTimeOffset.UtcNow.AddMinutes(-1);
        var ids = await control.AddOrdersAsync(scenario.AccountId, 1);

        var lagging = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, from, DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        var queried = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        Assert.Empty(lagging.Value!.Changes);
        Assert.Equal(ids, queried.Value!.Orders.Select(o => o.ProductOrderId));

        var lag = TimeSpan.FromSeconds(1);
        await control.SetFeedLagAsync(lag);
        var changedAt = (await control.GetOrderAsync(ids[0])).LastChangedDate;
        var seenAt = DateTimeOffset.MinValue;
        await Wait.UntilAsync(
            async () =>
            {
                var feed = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, from, DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
                seenAt = DateTimeOffset.UtcNow;
                return feed.Value!.Changes.Any(c => c.ProductOrderId == ids[0]);
            },
            TimeSpan.FromSeconds(10),
            "the change to appear in last-changed-statuses once the 1 s lag has passed");
        Assert.True(seenAt >= changedAt + lag, $"seen at {seenAt:O}, changed at {changedAt:O}: visible before the lag had passed");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(-10)]
    public async Task AClockSkewedBeyondTheToleranceRefusesTheTokenInBothDirections(int minutes)
    {
        await using var host = await SimulatorHost.StartAsync(0);
        using var control = new SimulatorClient(host.BaseUrl);
        await using var scenario = await Scenario.CreateAsync(host.BaseUrl, control);

        await control.SetClockOffsetAsync(TimeSpan.FromMinutes(minutes));
        var skewed = await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await control.SetClockOffsetAsync(TimeSpan.FromMinutes(minutes / 5.0));
        var withinTolerance = await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);

        Assert.Equal((400, "BAD_REQUEST"), (skewed.Error?.HttpStatus, skewed.Error?.Code));
        Assert.True(withinTolerance.IsSuccess, withinTolerance.ToString());
    }

    [Fact]
    public async Task TheChangeFeedReportsTheSimulatorsClockAsServerTimeWhenItRunsBehind()
    {
        await using var host = await SimulatorHost.StartAsync(0);
        using var control = new SimulatorClient(host.BaseUrl);
        await using var scenario = await Scenario.CreateAsync(host.BaseUrl, control);
        var offset = TimeSpan.FromMinutes(-3);
        await control.SetClockOffsetAsync(offset);

        var before = DateTimeOffset.UtcNow + offset;
        var changes = await scenario.Client.GetLastChangedStatusesAsync(
            scenario.Credentials, scenario.AccountId, DateTimeOffset.UtcNow.AddHours(-30), DateTimeOffset.UtcNow, CancellationToken.None);
        var after = DateTimeOffset.UtcNow + offset;

        Assert.True(changes.IsSuccess, changes.ToString());
        Assert.InRange(changes.Value.ServerTime!.Value, before.AddMilliseconds(-1), after);
    }

    [Fact]
    public async Task AShiftedClockDatesNewChanges()
    {
        await using var host = await SimulatorHost.StartAsync(0);
        using var control = new SimulatorClient(host.BaseUrl);
        var accountId = await control.CreateSellerAsync();
        var id = (await control.AddOrdersAsync(accountId, 1)).Single();
        var offset = TimeSpan.FromHours(-2);

        await control.SetClockOffsetAsync(offset);
        var before = DateTimeOffset.UtcNow + offset;
        await control.CancelAsync(id, requestOnly: true);
        var after = DateTimeOffset.UtcNow + offset;

        Assert.InRange((await control.GetOrderAsync(id)).LastChangedDate, before.AddMilliseconds(-1), after);
    }
}
