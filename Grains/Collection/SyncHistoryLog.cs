using Grains.Interfaces.Sellers;

namespace Grains.Collection;

/// <summary>Folds finished runs into a seller's <see cref="SyncHistory"/>.</summary>
public static class SyncHistoryLog
{
    /// <summary>How many quarantined orders the history keeps (the most recent).</summary>
    public const int MaxQuarantined = 50;

    /// <summary>The history after <paramref name="report"/>.</summary>
    public static SyncHistory Record(SyncHistory history, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(report);
        var run = report.Run;
        var quarantined = history.Quarantined.IsDefault ? [] : history.Quarantined;
        if (!report.Quarantined.IsDefaultOrEmpty)
        {
            quarantined = [.. quarantined.Concat(report.Quarantined).TakeLast(MaxQuarantined)];
        }

        var next = history with
        {
            Checkpoint = report.Checkpoint ?? history.Checkpoint,
            LastRunAt = report.StartedAt,
            LastRunAutomatic = report.Automatic,
            LastDuration = report.Duration,
            LastSummary = run.Summary,
            Runs = history.Runs + 1,
            TotalCollected = history.TotalCollected + run.Summary.Collected,
            LastSucceededAt = run.Succeeded ? report.StartedAt : history.LastSucceededAt,
            LastNote = report.Note,
            Owed = report.Owed ?? (history.Owed.IsDefault ? [] : history.Owed),
            Quarantined = quarantined,
        };
        return run.Succeeded
            ? next
            : next with
            {
                LastErrorAt = report.StartedAt,
                LastErrorCode = run.ErrorCode,
                LastErrorMessage = run.ErrorMessage,
                LastErrorTraceId = run.TraceId,
            };
    }

    /// <summary>
    /// The history once another SmartStore account is registered: no checkpoint, owed or quarantined orders of the old
    /// account, and a note that the next run reads the whole window. Null when there is nothing to drop.
    /// </summary>
    public static SyncHistory? StartOver(SyncHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Checkpoint is null && history.Owed.IsDefaultOrEmpty && history.Quarantined.IsDefaultOrEmpty
            ? null
            : history with { Checkpoint = null, Owed = [], Quarantined = [], LastNote = "스마트스토어 계정이 바뀌어 다음 수집 때 수집 기간 전체를 읽어요." };
    }

    /// <summary>
    /// True when <paramref name="report"/> changes what must survive a restart: something was collected or changed,
    /// an order is owed or quarantined, the run failed, or it is the first success after a failure. A quiet run only
    /// moves the checkpoint, which may be lost and read again.
    /// </summary>
    public static bool IsWorthPersisting(SyncHistory before, RunReport report, int changesApplied)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Run.Summary;
        var owedBefore = before.Owed.IsDefault ? 0 : before.Owed.Length;
        var owedAfter = report.Owed?.Length ?? owedBefore;
        return !report.Automatic
            || !report.Run.Succeeded
            || summary.Collected + summary.Failed + summary.Skipped + changesApplied > 0
            || owedBefore != owedAfter
            || !report.Quarantined.IsDefaultOrEmpty
            || report.Note is not null
            || (before.LastErrorAt is { } failed && (before.LastSucceededAt is not { } ok || ok < failed));
    }
}
