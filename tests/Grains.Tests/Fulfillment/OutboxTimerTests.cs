using Grains.Fulfillment;
using Grains.Interfaces.Fulfillment;

namespace Grains.Tests.Fulfillment;

/// <summary>When the outbox's one-shot timer fires, without a cluster: the next due item, the report retry time, the gather delay.</summary>
public sealed class OutboxTimerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NothingDueStopsTheTimerEvenForANewWriteWithAPassArmed()
    {
        Assert.Same(OutboxTimerPlan.Stop, OutboxTimer.Plan([], Now, DateTimeOffset.MinValue, null, gather: false));

        var finished = OutboxQueue.Succeeded(Item("1", Now), Now, null) with { Report = null };
        Assert.Same(OutboxTimerPlan.Stop, OutboxTimer.Plan([finished], Now, DateTimeOffset.MinValue, Now, gather: true));
        Assert.Null(OutboxTimerPlan.Stop.Delay);
        Assert.False(OutboxTimerPlan.Stop.Keep);
    }

    [Fact]
    public void ADueItemInThePastFiresNowAndOneLaterFiresWhenItIsDue()
    {
        Assert.Equal(TimeSpan.Zero, OutboxTimer.Plan([Item("1", Now.AddSeconds(-5))], Now, DateTimeOffset.MinValue, null, gather: false).Delay);
        Assert.Equal(TimeSpan.FromSeconds(3), OutboxTimer.Plan([Item("1", Now.AddSeconds(3))], Now, DateTimeOffset.MinValue, null, gather: false).Delay);
    }

    [Fact]
    public void AnOutcomeToReportWaitsForTheReportRetryTimeButAnItemDueBeforeItDoesNot()
    {
        var reported = OutboxQueue.Failed(Item("1", Now), FailureVerdict.Retry, "GW.RATE_LIMIT", "요청이 많아요", null, Now.AddSeconds(-2), 0.5);
        Assert.NotNull(reported.Report);

        var plan = OutboxTimer.Plan([reported], Now, Now.AddSeconds(2), null, gather: false);
        Assert.Equal(TimeSpan.FromSeconds(2), plan.Delay);
        Assert.False(plan.Keep);

        // Nothing waits to be reported: the retry time of the reports does not hold the item back.
        Assert.Equal(TimeSpan.FromSeconds(1), OutboxTimer.Plan([Item("2", Now.AddSeconds(1))], Now, Now.AddSeconds(2), null, gather: false).Delay);

        // A report retry time already past: the outcome is reported now.
        Assert.Equal(TimeSpan.Zero, OutboxTimer.Plan([reported], Now, Now.AddSeconds(-1), null, gather: false).Delay);
    }

    [Fact]
    public void ANewWriteJoinsAPassArmedWithinTheGatherDelayAndOtherwiseWaitsIt()
    {
        var due = new[] { Item("1", Now) };

        Assert.Same(OutboxTimerPlan.KeepArmed, OutboxTimer.Plan([.. due], Now, DateTimeOffset.MinValue, Now.AddMilliseconds(500), gather: true));
        Assert.Same(OutboxTimerPlan.KeepArmed, OutboxTimer.Plan([.. due], Now, DateTimeOffset.MinValue, Now + OutboxTimer.GatherDelay, gather: true));
        Assert.True(OutboxTimerPlan.KeepArmed.Keep);

        Assert.Equal(OutboxTimer.GatherDelay, OutboxTimer.Plan([.. due], Now, DateTimeOffset.MinValue, null, gather: true).Delay);
        Assert.Equal(OutboxTimer.GatherDelay, OutboxTimer.Plan([.. due], Now, DateTimeOffset.MinValue, Now.AddSeconds(5), gather: true).Delay);

        // An item due after the gather delay keeps its own time; without gathering a pass armed soon is armed again.
        Assert.Equal(TimeSpan.FromSeconds(3), OutboxTimer.Plan([Item("2", Now.AddSeconds(3))], Now, DateTimeOffset.MinValue, null, gather: true).Delay);
        Assert.Equal(TimeSpan.Zero, OutboxTimer.Plan([.. due], Now, DateTimeOffset.MinValue, Now.AddMilliseconds(500), gather: false).Delay);
    }

    private static OutboxItem Item(string id, DateTimeOffset dueAt) =>
        OutboxItem.New(new SmartStoreWriteRequest(id, SmartStoreWriteKind.Confirm), Now) with { DueAt = dueAt };
}
