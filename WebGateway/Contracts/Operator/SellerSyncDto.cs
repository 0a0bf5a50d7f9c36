using Grains.Interfaces.Sellers;
using WebGateway.Contracts.Seller;

namespace WebGateway.Contracts.Operator;

/// <summary>
/// Where a seller's collection stands: the last run, the last run that completed, how far behind that is
/// (<see cref="LagSeconds"/>, null before the first completed run), the last error with Naver's trace id, and whether
/// that error is the latest word (<see cref="Failing"/>: no run succeeded since).
/// </summary>
public sealed record class SellerSyncDto(
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSucceededAt,
    long? LagSeconds,
    string? LastErrorCode,
    string? LastErrorMessage,
    string? LastErrorTraceId,
    bool Failing)
{
    public static SellerSyncDto From(SyncHistory history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        var lag = history.LastSucceededAt is { } succeeded ? (long)Math.Max(0, (now - succeeded).TotalSeconds) : (long?)null;
        return new(history.LastRunAt, history.LastSucceededAt, lag, history.LastErrorCode, history.LastErrorMessage, history.LastErrorTraceId, SyncStatusDto.IsFailing(history));
    }
}
