using Grains.Collection;
using Grains.Interfaces.Sellers;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class SellerCadenceTests
{
    private static readonly TimeSpan BusyFor = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.99)]
    public void AnIntervalOfOnePollsEveryTick(double startingCredit)
    {
        var cadence = new SellerCadence(startingCredit, null);

        Assert.All(Enumerable.Range(0, 50), _ => Assert.True(cadence.Tick(1)));
    }

    [Fact]
    public void AFractionalIntervalPollsItsShareOfTicks()
    {
        var cadence = new SellerCadence(0.3, null);

        var polls = Enumerable.Range(0, 100).Count(_ => cadence.Tick(2.5));

        Assert.Equal(40, polls);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(4.0)]
    [InlineData(6.46)]
    public void NoSellerWaitsLongerThanItsIntervalRoundedUp(double interval)
    {
        foreach (var start in new[] { 0.0, 0.25, 0.5, 0.999 })
        {
            var cadence = new SellerCadence(start, null);
            var gap = 0;
            var longest = 0;
            for (var tick = 0; tick < 500; tick++)
            {
                gap++;
                if (cadence.Tick(interval))
                {
                    longest = Math.Max(longest, gap);
                    gap = 0;
                }
            }

            Assert.InRange(longest, 1, (int)Math.Ceiling(interval));
        }
    }

    [Fact]
    public void SellersOfOneIntervalSpreadTheirPollsOverTheTicks()
    {
        var sellers = Enumerable.Range(0, 1_000).Select(i => new SellerCadence(i / 1_000.0, null)).ToArray();

        var perTick = Enumerable.Range(0, 8).Select(_ => sellers.Count(seller => seller.Tick(4))).ToArray();

        Assert.All(perTick, polls => Assert.InRange(polls, 249, 251));
    }

    [Fact]
    public void ARunThatFindsChangesMakesTheSellerBusyForAWhile()
    {
        var cadence = new SellerCadence(0, null);
        Assert.False(cadence.IsBusy(Now, BusyFor));

        cadence.Record(Now, new CollectionSummary(1, 1, 0, 0, 0, 0));

        Assert.True(cadence.IsBusy(Now.AddMinutes(9), BusyFor));
        Assert.False(cadence.IsBusy(Now.AddMinutes(10), BusyFor));
    }

    [Fact]
    public void ARunThatFindsNothingLeavesTheLastActivity()
    {
        var cadence = new SellerCadence(0, Now);

        cadence.Record(Now.AddMinutes(5), CollectionSummary.Empty);

        Assert.Equal(Now, cadence.LastActive);
    }

    [Fact]
    public void TheSavedHistoryTellsWhetherTheLastRunFoundChanges()
    {
        var active = SyncHistory.Empty with { LastRunAt = Now, LastSummary = new CollectionSummary(0, 0, 0, 0, 0, 2) };
        var idle = SyncHistory.Empty with { LastRunAt = Now, LastSummary = CollectionSummary.Empty };

        Assert.Equal(Now, SellerCadence.From(active, 0).LastActive);
        Assert.Null(SellerCadence.From(idle, 0).LastActive);
        Assert.Null(SellerCadence.From(SyncHistory.Empty, 0).LastActive);
    }

    [Fact]
    public void ATickWithinHalfAPeriodOfTheLastRunOverlapsIt()
    {
        var period = TimeSpan.FromMinutes(1);

        Assert.True(SellerCadence.Overlaps(Now, Now.AddSeconds(-29), period));
        Assert.False(SellerCadence.Overlaps(Now, Now.AddSeconds(-30), period));
    }

    [Fact]
    public void TheFirstTickOfAnActivationOverlapsNothing()
    {
        Assert.False(SellerCadence.Overlaps(Now, DateTimeOffset.MinValue, TimeSpan.FromMinutes(1)));
    }
}
