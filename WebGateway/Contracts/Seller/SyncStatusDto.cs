using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>GET /api/seller/sync</c>: how the seller's SmartStore sync is doing.
/// </summary>
/// <param name="Registered">True when a SmartStore account is registered.</param>
/// <param name="AutoCollect">자동 주문 수집 is on.</param>
/// <param name="LastRunAt">When the last run (manual or automatic) started.</param>
/// <param name="LastSucceededAt">When the last run that completed started.</param>
/// <param name="LastRunAutomatic">True when the last run was automatic.</param>
/// <param name="Lag">Seconds since <paramref name="LastSucceededAt"/>; null when no run ever completed.</param>
/// <param name="Failing">True when the last error is newer than the last success (the sync is failing now).</param>
/// <param name="LastSummary">What the last run collected.</param>
/// <param name="LastNote">What the last run wants the seller to know besides its counts.</param>
/// <param name="LastError">The last failed run, if any ever failed.</param>
/// <param name="Owed">How many product orders SmartStore listed but did not answer yet (asked again each run).</param>
/// <param name="Quarantined">Product orders given up on, with the reason (the latest 50).</param>
/// <param name="Checkpoint">Automatic collection has read SmartStore's changes up to here.</param>
public sealed record class SyncStatusDto(
    bool Registered,
    bool AutoCollect,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSucceededAt,
    bool LastRunAutomatic,
    long? Lag,
    bool Failing,
    CollectionSummary? LastSummary,
    string? LastNote,
    SyncErrorDto? LastError,
    int Owed,
    IReadOnlyList<QuarantinedOrderDto> Quarantined,
    DateTimeOffset? Checkpoint)
{
    /// <summary>True when the last error is newer than the last success.</summary>
    public static bool IsFailing(SyncHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.LastErrorAt is { } failed && (history.LastSucceededAt is not { } ok || ok <= failed);
    }

    public static SyncStatusDto From(SyncHistory history, bool registered, SellerSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var lastError = history.LastErrorAt is { } at
            ? new SyncErrorDto(at, history.LastErrorCode, history.LastErrorMessage, history.LastErrorTraceId)
            : null;
        var failing = IsFailing(history);
        long? lag = history.LastSucceededAt is { } succeeded ? Math.Max(0, (long)(now - succeeded).TotalSeconds) : null;
        return new SyncStatusDto(
            registered,
            settings.AutoCollect,
            history.LastRunAt,
            history.LastSucceededAt,
            history.LastRunAutomatic,
            lag,
            failing,
            history.LastSummary,
            history.LastNote,
            lastError,
            history.Owed.IsDefault ? 0 : history.Owed.Length,
            history.Quarantined.IsDefault ? [] : [.. history.Quarantined.Select(QuarantinedOrderDto.From)],
            history.Checkpoint);
    }
}
