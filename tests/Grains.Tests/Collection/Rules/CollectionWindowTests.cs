using Grains.Collection;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class CollectionWindowTests
{
    [Fact]
    public void AFirstRunReadsTheWholeWindowWithoutCallingItAResynchronization()
    {
        var range = CollectionWindow.Plan(null, Now, Options());

        Assert.Equal(new CollectionRange(Now.AddDays(-6), Now, Resynchronized: false), range);
    }

    [Fact]
    public void ACheckpointOlderThanTheWindowReadsTheWholeWindowAgainAndSaysSo()
    {
        var range = CollectionWindow.Plan(Now.AddDays(-6).AddSeconds(-1), Now, Options());

        Assert.Equal(new CollectionRange(Now.AddDays(-6), Now, Resynchronized: true), range);
    }

    [Fact]
    public void ARecentCheckpointIsReadAgainFromAnOverlapBeforeIt()
    {
        var range = CollectionWindow.Plan(Now.AddMinutes(-10), Now, Options());

        Assert.Equal(new CollectionRange(Now.AddMinutes(-12), Now, Resynchronized: false), range);
    }

    [Fact]
    public void TheOverlapNeverReachesBeforeTheWindow()
    {
        var range = CollectionWindow.Plan(Now.AddDays(-6).AddMinutes(1), Now, Options());

        Assert.Equal(Now.AddDays(-6), range.From);
        Assert.False(range.Resynchronized);
    }

    [Fact]
    public void ASiloClockBehindTheCheckpointNeverEndsTheRangeBeforeItStarts()
    {
        var checkpoint = Now.AddMinutes(30);

        var range = CollectionWindow.Plan(checkpoint, Now, Options());

        Assert.Equal(checkpoint.AddMinutes(-2), range.From);
        Assert.True(range.To >= range.From);
        Assert.False(range.Resynchronized);
    }

    [Fact]
    public void TheCheckpointFollowsSmartStoresClockLessTheFeedLag()
    {
        var range = new CollectionRange(Now.AddMinutes(-12), Now, false);

        var checkpoint = CollectionWindow.Advance(range, Now.AddMinutes(-3), null, Options());

        Assert.Equal(Now.AddMinutes(-4), checkpoint);
    }

    [Fact]
    public void TheCheckpointNeverPassesTheEndOfTheRangeRead()
    {
        var range = new CollectionRange(Now.AddMinutes(-12), Now, false);

        var checkpoint = CollectionWindow.Advance(range, Now.AddMinutes(5), null, Options());

        Assert.Equal(Now.AddMinutes(-1), checkpoint);
    }

    [Fact]
    public void WithoutSmartStoresClockTheRangeEndLessTheFeedLagIsTheCheckpoint()
    {
        var range = new CollectionRange(Now.AddMinutes(-12), Now, false);

        Assert.Equal(Now.AddMinutes(-1), CollectionWindow.Advance(range, null, null, Options()));
    }

    [Fact]
    public void AnOwedChangeHoldsTheCheckpointAtItsTime()
    {
        var range = new CollectionRange(Now.AddMinutes(-12), Now, false);

        var checkpoint = CollectionWindow.Advance(range, Now, Now.AddMinutes(-7), Options());

        Assert.Equal(Now.AddMinutes(-7), checkpoint);
    }

    [Fact]
    public void AnOwedChangeLaterThanTheCompleteFeedDoesNotPushTheCheckpointForward()
    {
        var range = new CollectionRange(Now.AddMinutes(-12), Now, false);

        var checkpoint = CollectionWindow.Advance(range, Now.AddMinutes(-5), Now.AddMinutes(-2), Options());

        Assert.Equal(Now.AddMinutes(-6), checkpoint);
    }

    [Fact]
    public void TheCheckpointFollowsSmartStoresClockBackwards()
    {
        // The previous checkpoint was Now - 10 min; SmartStore's clock now says it is only Now - 20 min there.
        var range = CollectionWindow.Plan(Now.AddMinutes(-10), Now, Options());

        var checkpoint = CollectionWindow.Advance(range, Now.AddMinutes(-20), null, Options());

        Assert.Equal(Now.AddMinutes(-21), checkpoint);
        Assert.True(checkpoint < Now.AddMinutes(-10));
    }

    [Fact]
    public void ReadingAgainFromAnAdvancedCheckpointCoversTheFeedLagAndTheOverlap()
    {
        var options = Options();
        var first = CollectionWindow.Plan(null, Now, options);
        var checkpoint = CollectionWindow.Advance(first, Now, null, options);

        var next = CollectionWindow.Plan(checkpoint, Now.AddMinutes(1), options);

        // A change stamped up to FeedLag + Overlap before the last range's end is read again.
        Assert.Equal(Now.AddMinutes(-3), next.From);
        Assert.Equal(Now.AddMinutes(1), next.To);
    }

    [Fact]
    public void SmartStoresClockAheadOfTheSilosIsMeasured()
    {
        Assert.Equal(TimeSpan.FromSeconds(40), CollectionWindow.Ahead(Now.AddSeconds(40), Now));
    }

    [Fact]
    public void SmartStoresClockBehindTheSilosCountsAsNotAhead()
    {
        Assert.Equal(TimeSpan.Zero, CollectionWindow.Ahead(Now.AddSeconds(-40), Now));
    }
}
