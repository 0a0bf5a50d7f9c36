using Grains.Interfaces.Sellers;

namespace Grains.Collection;

/// <summary>
/// One seller's side of the cadence: whether it is busy (a recent run found changes) and its poll credit. Each tick
/// adds <c>1 / interval</c> of credit and a tick with a whole credit polls, so an interval of 2.5 polls two ticks in
/// five and a seller waits at most <c>ceiling(interval)</c> ticks. The starting credit is random, so sellers that
/// share an interval do not all poll on the same tick. Kept in memory: a new activation starts afresh.
/// </summary>
public sealed class SellerCadence
{
    // Sums of fractions such as 1/3 + 1/3 + 1/3 may land a hair under 1.
    private const double Tolerance = 1e-9;

    private double _credit;

    /// <summary>A cadence with <paramref name="startingCredit"/> in [0, 1) and the last activity, if known.</summary>
    public SellerCadence(double startingCredit, DateTimeOffset? lastActive)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startingCredit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(startingCredit, 1);
        _credit = startingCredit;
        LastActive = lastActive;
    }

    /// <summary>When a run last found a change (a new, known or skipped order); null when none is known.</summary>
    public DateTimeOffset? LastActive { get; private set; }

    /// <summary>A cadence for a seller whose saved history is <paramref name="history"/>.</summary>
    public static SellerCadence From(SyncHistory history, double startingCredit)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new SellerCadence(startingCredit, history.LastSummary is { } last && HasChanges(last) ? history.LastRunAt : null);
    }

    /// <summary>Whether a run found anything in SmartStore's changes.</summary>
    public static bool HasChanges(CollectionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Collected + summary.AlreadyKnown + summary.Skipped > 0;
    }

    /// <summary>
    /// True when a tick at <paramref name="now"/> comes less than half a reminder <paramref name="period"/> after a run
    /// of the seller ended at <paramref name="lastRunEnded"/>: queued behind a long run (a big 주문 가져오기), it would
    /// only read the same changes again.
    /// </summary>
    public static bool Overlaps(DateTimeOffset now, DateTimeOffset lastRunEnded, TimeSpan period) => now - lastRunEnded < period / 2;

    /// <summary>Busy: a run found changes less than <paramref name="busyFor"/> ago.</summary>
    public bool IsBusy(DateTimeOffset now, TimeSpan busyFor) => LastActive is { } active && now - active < busyFor;

    /// <summary>One reminder tick at <paramref name="interval"/> ticks between polls: true when this tick polls.</summary>
    public bool Tick(double interval)
    {
        _credit += 1 / Math.Max(1, interval);
        if (_credit < 1 - Tolerance)
        {
            return false;
        }

        _credit = Math.Max(0, _credit - 1);
        return true;
    }

    /// <summary>Records what a run (a poll or 주문 가져오기) started at <paramref name="startedAt"/> found.</summary>
    public void Record(DateTimeOffset startedAt, CollectionSummary summary)
    {
        if (HasChanges(summary))
        {
            LastActive = startedAt;
        }
    }
}
