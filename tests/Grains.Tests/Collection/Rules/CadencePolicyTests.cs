using Grains.Collection;

namespace Grains.Tests.Collection.Rules;

public sealed class CadencePolicyTests
{
    private const double QuietShare = 0.5;

    [Fact]
    public void ABudgetThatCoversEveryonePollsEveryTick()
    {
        Assert.Equal(CadencePlan.EveryTick, CadencePolicy.Plan(100, 9_900, 10_000, QuietShare));
        Assert.Equal(CadencePlan.EveryTick, CadencePolicy.Plan(0, 0, 0, QuietShare));
    }

    [Fact]
    public void AShortBudgetKeepsBusySellersOnEveryTickAndStretchesQuietOnes()
    {
        // 10,000 sellers, 1,000 busy, a quarter of a poll per seller per tick.
        var plan = CadencePolicy.Plan(1_000, 9_000, 2_500, QuietShare);

        Assert.Equal(1, plan.BusyInterval);
        Assert.Equal(9_000 / 1_500.0, plan.QuietInterval, 9);
        Assert.Equal(2_500, CadencePolicy.Demand(plan, 1_000, 9_000), 6);
    }

    [Fact]
    public void BusySellersBeyondTheirShareSlowDownInsteadOfStarvingQuietOnes()
    {
        var plan = CadencePolicy.Plan(8_000, 2_000, 2_000, QuietShare);

        // Quiet sellers keep half the budget (1,000 polls for 2,000 of them); busy ones share the other half.
        Assert.Equal(8.0, plan.BusyInterval, 9);
        Assert.Equal(8.0, plan.QuietInterval, 9);
        Assert.True(CadencePolicy.Demand(plan, 8_000, 2_000) <= 2_000 + 1e-6);
    }

    [Fact]
    public void QuietSellersThatNeedLessThanTheirShareLeaveTheRestToBusyOnes()
    {
        var plan = CadencePolicy.Plan(3_000, 100, 1_000, QuietShare);

        Assert.Equal(3_000 / 900.0, plan.BusyInterval, 9);
        Assert.Equal(plan.BusyInterval, plan.QuietInterval, 9);
        Assert.True(CadencePolicy.Demand(plan, 3_000, 100) <= 1_000 + 1e-6);
    }

    [Fact]
    public void NoBudgetLearnedYetStillGivesFiniteIntervals()
    {
        var plan = CadencePolicy.Plan(10, 90, 0, QuietShare);

        Assert.True(double.IsFinite(plan.QuietInterval));
        Assert.True(plan.QuietInterval <= CadencePolicy.LongestInterval(100, 0, QuietShare));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.2)]
    [InlineData(0.8)]
    public void DemandStaysWithinTheBudgetAndEveryIntervalWithinTheBound(double quietShare)
    {
        foreach (var sellers in new[] { 1, 37, 1_000, 10_000 })
        {
            foreach (var budget in new[] { 1.0, 10, 250, 2_500, 9_500, 20_000 })
            {
                for (var busy = 0; busy <= sellers; busy += Math.Max(1, sellers / 10))
                {
                    var quiet = sellers - busy;
                    var plan = CadencePolicy.Plan(busy, quiet, budget, quietShare);
                    var bound = CadencePolicy.LongestInterval(sellers, budget, quietShare);

                    Assert.True(CadencePolicy.Demand(plan, busy, quiet) <= budget + 1e-6, $"demand over budget: {busy}+{quiet} on {budget}");
                    Assert.InRange(plan.BusyInterval, 1, bound + 1e-9);
                    Assert.InRange(plan.QuietInterval, plan.BusyInterval, bound + 1e-9);
                }
            }
        }
    }

    [Fact]
    public void TheBoundIsSellersOverTheSmallerShareOfTheBudget()
    {
        Assert.Equal(10_000 / (0.5 * 2_500), CadencePolicy.LongestInterval(10_000, 2_500, 0.5), 9);
        Assert.Equal(10_000 / (0.2 * 2_500), CadencePolicy.LongestInterval(10_000, 2_500, 0.8), 9);
        Assert.Equal(1, CadencePolicy.LongestInterval(10, 2_500, 0.5));
    }
}
