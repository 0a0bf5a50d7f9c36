using System.Collections.Immutable;

namespace Grains.Fulfillment;

/// <summary>
/// When the outbox's one-shot timer fires, as a pure function: at the next due item (<see cref="OutboxQueue.NextDue"/>),
/// not before the report retry time while outcomes wait to be reported, and for a new write after
/// <see cref="GatherDelay"/> unless a pass is armed within it, which the write joins; a steady stream of writes
/// therefore never postpones a pass.
/// </summary>
public static class OutboxTimer
{
    /// <summary>
    /// How long a write enqueued while nothing is about to be sent waits for the rest of its burst (발주하기 of many
    /// orders queues one 발주확인 per order), so that they share one call, one in-flight write and one answer write.
    /// </summary>
    public static readonly TimeSpan GatherDelay = TimeSpan.FromSeconds(1);

    /// <summary>What to do with the timer at <paramref name="now"/>.</summary>
    /// <param name="items">The queue.</param>
    /// <param name="now">The current time.</param>
    /// <param name="reportRetryAt">When reporting to the orders may be tried again after an order did not answer.</param>
    /// <param name="armedFor">When the timer is armed to fire, or null when it is not.</param>
    /// <param name="gather">True for a new write.</param>
    public static OutboxTimerPlan Plan(
        ImmutableArray<OutboxItem> items, DateTimeOffset now, DateTimeOffset reportRetryAt, DateTimeOffset? armedFor, bool gather)
    {
        if (OutboxQueue.NextDue(items) is not { } due)
        {
            return OutboxTimerPlan.Stop;
        }

        if (due < reportRetryAt && items.Any(i => i.Report is not null))
        {
            due = reportRetryAt;
        }

        if (gather)
        {
            if (armedFor is { } armed && armed <= now + GatherDelay)
            {
                return OutboxTimerPlan.KeepArmed;
            }

            due = due < now + GatherDelay ? now + GatherDelay : due;
        }

        return OutboxTimerPlan.FireAfter(due > now ? due - now : TimeSpan.Zero);
    }
}
