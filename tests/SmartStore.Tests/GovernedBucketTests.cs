using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartStore.Governor;
using SmartStore.Internal;

namespace SmartStore.Tests;

public sealed class GovernedBucketTests
{
    [Fact]
    public async Task ASellerWithAFewCallsIsNotStarvedByASellerWithMany()
    {
        var bucket = new GovernedBucket(100, () => 1.0, 1.0, 0.01, TimeProvider.System);
        var order = new ConcurrentQueue<string>();
        Task Acquire(string seller) => bucket.AcquireAsync(seller, CancellationToken.None).ContinueWith(_ => order.Enqueue(seller), TaskScheduler.Default);

        var busy = Enumerable.Range(0, 100).Select(_ => Acquire("busy")).ToList();
        var quiet = Enumerable.Range(0, 5).Select(_ => Acquire("quiet")).ToList();
        var all = Task.WhenAll(busy.Concat(quiet));

        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))));
        var positions = order.Select((seller, index) => (seller, index)).Where(x => x.seller == "quiet").Select(x => x.index).ToList();
        Assert.True(positions.Max() < 25, $"the quiet seller's calls were served at positions {string.Join(", ", positions)}; first-come-first-served would put them last (100-104), round robin within the first 25");
    }

    [Fact]
    public async Task AnInteractiveCallGoesAheadOfQueuedBackgroundCallsAndInteractiveSellersStillTakeTurns()
    {
        var bucket = new GovernedBucket(200, () => 1.0, 1.0, 0.005, TimeProvider.System);
        var order = new ConcurrentQueue<string>();
        Task Acquire(SmartStoreCaller caller, string label) =>
            bucket.AcquireAsync(caller, CancellationToken.None).ContinueWith(_ => order.Enqueue(label), TaskScheduler.Default);

        var background = Enumerable.Range(0, 300).Select(i => Acquire(SmartStoreCaller.Background($"tick-{i % 30}"), "background")).ToList();
        var busy = Enumerable.Range(0, 20).Select(_ => Acquire(SmartStoreCaller.Interactive("busy"), "busy")).ToList();
        var quiet = Acquire(SmartStoreCaller.Interactive("quiet"), "quiet");
        var all = Task.WhenAll(background.Concat(busy).Append(quiet));

        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(20))));
        var served = order.ToList();
        var lastInteractive = served.FindLastIndex(label => label != "background");
        var quietAt = served.IndexOf("quiet");
        Assert.True(lastInteractive < 25, $"all 21 interactive calls should be served before the 300 queued background ones; the last came at {lastInteractive}");
        Assert.True(quietAt < 5, $"the quiet interactive seller should take turns with the busy one, not wait behind its 20 calls; it came at {quietAt}");
    }

    [Fact]
    public void ARateLimitHalvesTheRateAndSuccessesRestoreIt()
    {
        var bucket = new GovernedBucket(10, () => 0.5, 1.0, 1, TimeProvider.System);

        bucket.OnResponse(rateLimited: true, reportedRate: null, remaining: null);
        var cut = bucket.LocalRate;
        for (var i = 0; i < 20; i++)
        {
            bucket.OnResponse(rateLimited: false, reportedRate: null, remaining: 5);
        }

        Assert.Equal(2.5, cut, 3);
        Assert.Equal(5, bucket.LocalRate, 3);
    }

    [Fact]
    public void TheGatewaysReportedRateReplacesTheStartingRate()
    {
        var bucket = new GovernedBucket(100, () => 0.25, 0.9, 1, TimeProvider.System);

        bucket.OnResponse(rateLimited: false, reportedRate: 20, remaining: 30);

        Assert.Equal(20, bucket.ApplicationRate);
        Assert.Equal(4.5, bucket.LocalRate, 3);
    }

    [Fact]
    public async Task ACancelledWaiterDoesNotSpendAPermit()
    {
        var bucket = new GovernedBucket(2, () => 1.0, 1.0, 0.5, TimeProvider.System);
        await bucket.AcquireAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = bucket.AcquireAsync("a", cancel.Token);
        await cancel.CancelAsync();
        var next = bucket.AcquireAsync("b", CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(5))));
    }

    [Fact]
    public async Task AnOwnApplicationHasItsOwnBudgetApartFromThePlatformApplication()
    {
        var governor = new RateGovernor(
            Options.Create(new SmartStoreOptions { DefaultStartingRatePerSecond = 0.5 }), new FixedRateShare(0.5), TimeProvider.System, NullLogger<RateGovernor>.Instance);
        var platform = new GovernorTicket("platform", Shared: true, SmartStoreApi.Query, "seller-1");
        await governor.AcquireAsync(platform, CancellationToken.None);

        var platformAgain = governor.AcquireAsync(platform with { Caller = "seller-2" }, CancellationToken.None);
        var own = governor.AcquireAsync(new GovernorTicket("own-app", Shared: false, SmartStoreApi.Query, "seller-3"), CancellationToken.None);

        Assert.Same(own, await Task.WhenAny(own, Task.Delay(TimeSpan.FromSeconds(5))));
        Assert.False(platformAgain.IsCompleted, "the platform application's second permit should wait about four seconds at 0.25/s");
    }
}
