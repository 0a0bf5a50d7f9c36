using System.Collections.Immutable;
using Grains.Collection;
using Grains.Interfaces.Sellers;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class OwedOrdersTests
{
    private static readonly DateTimeOffset ChangedAt = Now.AddMinutes(-30);

    private static (ImmutableArray<OwedOrder> Owed, ImmutableArray<QuarantinedOrder> Quarantined) Update(
        ImmutableArray<OwedOrder> previous, string[] requested, string[] missing, int maxAttempts = 5) =>
        OwedOrders.Update(previous, requested, missing, requested.ToDictionary(id => id, _ => ChangedAt), maxAttempts, Now);

    [Fact]
    public void AnIdListedButNotAnsweredIsOwedWithItsChangeTime()
    {
        var (owed, quarantined) = Update([], ["a", "b"], ["b"]);

        Assert.Equal([new OwedOrder("b", ChangedAt, 1)], owed.ToArray());
        Assert.Empty(quarantined);
    }

    [Fact]
    public void AnIdMissingWithoutAKnownChangeTimeIsOwedFromNow()
    {
        var (owed, _) = OwedOrders.Update([], ["a"], ["a"], new Dictionary<string, DateTimeOffset>(), 5, Now);

        Assert.Equal(Now, Assert.Single(owed).ChangedAt);
    }

    [Fact]
    public void AnOwedIdMissingAgainCountsOneMoreAttemptAndKeepsItsFirstChangeTime()
    {
        var earlier = Now.AddHours(-2);

        var (owed, _) = Update([new OwedOrder("a", earlier, 2)], ["a"], ["a"]);

        Assert.Equal([new OwedOrder("a", earlier, 3)], owed.ToArray());
    }

    [Fact]
    public void AnOwedIdThatArrivesIsNoLongerOwed()
    {
        var (owed, quarantined) = Update([new OwedOrder("a", ChangedAt, 3)], ["a"], []);

        Assert.Empty(owed);
        Assert.Empty(quarantined);
    }

    [Fact]
    public void AnOwedIdNotAskedThisRunStaysAsItWas()
    {
        var previous = new OwedOrder("a", ChangedAt, 3);

        var (owed, _) = Update([previous], ["b"], []);

        Assert.Equal([previous], owed.ToArray());
    }

    [Fact]
    public void AnIdMissingForTheAllowedNumberOfRunsIsQuarantinedWithAKoreanReason()
    {
        var (owed, quarantined) = Update([new OwedOrder("a", ChangedAt, 4)], ["a"], ["a"], maxAttempts: 5);

        Assert.Empty(owed);
        var order = Assert.Single(quarantined);
        Assert.Equal("a", order.ProductOrderId);
        Assert.Equal(Now, order.At);
        Assert.Contains("5번", order.Reason, StringComparison.Ordinal);
        Assert.Contains("스마트스토어", order.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OneRunShortOfTheLimitTheIdIsStillOwed()
    {
        var (owed, quarantined) = Update([new OwedOrder("a", ChangedAt, 3)], ["a"], ["a"], maxAttempts: 5);

        Assert.Equal(4, Assert.Single(owed).Attempts);
        Assert.Empty(quarantined);
    }

    [Fact]
    public void WithALimitOfOneTheFirstMissingAnswerQuarantines()
    {
        var (owed, quarantined) = Update([], ["a"], ["a", "a"], maxAttempts: 1);

        Assert.Empty(owed);
        Assert.Single(quarantined);
    }

    [Fact]
    public void OwedOrdersAreKeptOldestChangeFirst()
    {
        var changedAt = new Dictionary<string, DateTimeOffset> { ["late"] = Now.AddMinutes(-1), ["early"] = Now.AddMinutes(-9) };

        var (owed, _) = OwedOrders.Update([], ["late", "early"], ["late", "early"], changedAt, 5, Now);

        Assert.Equal(["early", "late"], owed.Select(o => o.ProductOrderId).ToArray());
    }

    [Fact]
    public void TheCheckpointIsHeldAtTheEarliestOwedChange()
    {
        ImmutableArray<OwedOrder> owed = [new("a", Now.AddMinutes(-3), 1), new("b", Now.AddMinutes(-8), 2)];

        Assert.Equal(Now.AddMinutes(-8), OwedOrders.HeldAt(owed));
    }

    [Fact]
    public void NothingOwedHoldsNothing()
    {
        Assert.Null(OwedOrders.HeldAt([]));
        Assert.Null(OwedOrders.HeldAt(default));
    }
}
