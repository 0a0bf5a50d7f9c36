using Grains.Interfaces.Sellers;
using Grains.Sellers;

namespace Grains.Collection;

/// <summary>
/// Turns what a collection run read and what handing its orders over did into the run's report: the summary, the
/// error when orders were not persisted, and for an automatic run the next checkpoint, the owed and quarantined
/// orders and the note for the seller.
/// </summary>
public static class CollectionOutcome
{
    /// <summary>
    /// The report of a 주문 가져오기 started at <paramref name="startedAt"/> that listed <paramref name="plan"/>: the
    /// tally of its new orders and <paramref name="unapplied"/> changes whose call failed.
    /// </summary>
    public static RunReport OfWindow(DateTimeOffset startedAt, TimeSpan duration, DetailPlan plan, CollectionTally tally, int unapplied)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tally);
        var summary = tally.Summary(plan.Skipped, plan.Changes.Length);
        return RunResults.Report(false, startedAt, duration, RunResults.Persisted(summary, tally.Failures + unapplied));
    }

    /// <summary>
    /// The report of an automatic run at <paramref name="now"/> from the history <paramref name="before"/>, which read
    /// <paramref name="read"/>, handed its new orders over as <paramref name="tally"/> counts and failed to apply
    /// <paramref name="unapplied"/> changes. The checkpoint moves only when every order it covers is persisted, and
    /// never past a change whose details are still owed; otherwise the next run reads them again.
    /// </summary>
    public static RunReport OfChanges(
        SyncHistory before, ChangesRead read, CollectionTally tally, int unapplied, CollectionOptions options, DateTimeOffset now, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(options);
        var (plan, details) = (read.Plan, read.Details);
        var changedAt = read.Feed.Changes.ToDictionary(c => c.ProductOrderId, c => c.LastChangedDate, StringComparer.Ordinal);
        var (owed, quarantined) = OwedOrders.Update(before.Owed, plan.Details, read.Missing, changedAt, options.MissingDetailAttempts, now);
        var summary = tally.Summary(details.Skipped, plan.AlreadyKnown + plan.Changes.Length + details.Changes.Length);
        var failures = tally.Failures + unapplied;
        DateTimeOffset? checkpoint = failures == 0
            ? CollectionWindow.Advance(read.Range, read.Feed.ServerTime, OwedOrders.HeldAt(owed), options)
            : null;
        var note = Note(read.Range, before.Checkpoint, owed.Length);
        return new RunReport(true, now, duration, RunResults.Persisted(summary, failures), checkpoint, note, owed, quarantined);
    }

    /// <summary>
    /// What the seller should know about an automatic run of <paramref name="range"/> from <paramref name="checkpoint"/>
    /// that leaves <paramref name="owed"/> orders owed: the window read again, or details asked again; null when neither.
    /// </summary>
    public static string? Note(CollectionRange range, DateTimeOffset? checkpoint, int owed)
    {
        ArgumentNullException.ThrowIfNull(range);
        return range.Resynchronized
            ? $"마지막 수집 시점({checkpoint:yyyy-MM-dd HH:mm})이 수집 기간보다 오래되어 기간 전체를 다시 읽었어요."
            : owed > 0
                ? $"스마트스토어가 주문 {owed}건의 상세를 돌려주지 않아 다음 수집 때 다시 요청해요."
                : null;
    }
}
