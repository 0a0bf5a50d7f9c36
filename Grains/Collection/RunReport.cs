using System.Collections.Immutable;
using Grains.Interfaces.Sellers;

namespace Grains.Collection;

/// <summary>One finished collection run, as <see cref="SyncHistoryLog.Record"/> folds it into the history.</summary>
/// <param name="Automatic">True for a reminder tick, false for 주문 가져오기.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Run">Its summary and error.</param>
/// <param name="Checkpoint">The new checkpoint; null when it does not move.</param>
/// <param name="Note">What the seller should know besides the counts.</param>
/// <param name="Owed">The owed orders after the run; null when the run did not get that far.</param>
/// <param name="Quarantined">Orders quarantined by this run.</param>
public sealed record class RunReport(
    bool Automatic,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    CollectionRun Run,
    DateTimeOffset? Checkpoint,
    string? Note,
    ImmutableArray<OwedOrder>? Owed,
    ImmutableArray<QuarantinedOrder> Quarantined);
