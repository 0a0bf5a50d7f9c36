using System.Collections.Immutable;

namespace Grains.Interfaces.Sellers;

/// <summary>A seller's collection history, shown on the settings page.</summary>
/// <param name="Checkpoint">Automatic collection has read SmartStore's changes up to here; null before its first run.</param>
/// <param name="LastRunAt">When the last run (manual or automatic) started.</param>
/// <param name="LastRunAutomatic">True when the last run was automatic.</param>
/// <param name="LastDuration">How long the last run took.</param>
/// <param name="LastSummary">What the last run collected.</param>
/// <param name="Runs">Runs so far.</param>
/// <param name="TotalCollected">Orders collected over all runs.</param>
/// <param name="LastErrorAt">When the last failed run happened.</param>
/// <param name="LastErrorCode">Its error code.</param>
/// <param name="LastErrorMessage">Its message.</param>
/// <param name="LastErrorTraceId">Naver's trace id of the failing call, for support.</param>
/// <param name="LastSucceededAt">When the last run that completed started (the lag of the seller's sync).</param>
/// <param name="LastNote">What the last run wants the seller to know besides its counts (e.g. a full re-read).</param>
/// <param name="Owed">Product orders SmartStore listed but did not answer yet; they hold the checkpoint and are asked again.</param>
/// <param name="Quarantined">Product orders given up on after repeated missing answers, with the reason.</param>
[GenerateSerializer, Immutable, Alias("onch.SyncHistory")]
public sealed record class SyncHistory(
    [property: Id(0)] DateTimeOffset? Checkpoint,
    [property: Id(1)] DateTimeOffset? LastRunAt,
    [property: Id(2)] bool LastRunAutomatic,
    [property: Id(3)] TimeSpan? LastDuration,
    [property: Id(4)] CollectionSummary? LastSummary,
    [property: Id(5)] long Runs,
    [property: Id(6)] long TotalCollected,
    [property: Id(7)] DateTimeOffset? LastErrorAt,
    [property: Id(8)] string? LastErrorCode,
    [property: Id(9)] string? LastErrorMessage,
    [property: Id(10)] string? LastErrorTraceId,
    [property: Id(11)] DateTimeOffset? LastSucceededAt = null,
    [property: Id(12)] string? LastNote = null,
    [property: Id(13)] ImmutableArray<OwedOrder> Owed = default,
    [property: Id(14)] ImmutableArray<QuarantinedOrder> Quarantined = default)
{
    /// <summary>A seller that never collected.</summary>
    public static SyncHistory Empty { get; } = new(null, null, false, null, null, 0, 0, null, null, null, null, null, null, [], []);
}
