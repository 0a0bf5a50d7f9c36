using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts;

/// <summary>
/// The http-api <c>collect</c> summary (<c>collected</c> ... <c>alreadyKnown</c>), plus, for a run that failed,
/// SmartStore's error and Naver's trace id. The answer of <c>POST /api/seller/collect</c> and the
/// <c>collectionFinished</c> push.
/// </summary>
public sealed record class CollectionFinishedDto(
    int Collected,
    int Orderable,
    int NeedsOption,
    int Failed,
    int Skipped,
    int AlreadyKnown,
    bool Succeeded,
    string? ErrorCode,
    string? ErrorMessage,
    string? TraceId)
{
    public static CollectionFinishedDto From(CollectionRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var s = run.Summary;
        return new(s.Collected, s.Orderable, s.NeedsOption, s.Failed, s.Skipped, s.AlreadyKnown, run.Succeeded, run.ErrorCode, run.ErrorMessage, run.TraceId);
    }
}
