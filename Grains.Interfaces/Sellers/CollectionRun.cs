namespace Grains.Interfaces.Sellers;

/// <summary>The outcome of a collection run (manual 주문 가져오기 or an automatic tick).</summary>
/// <param name="Summary">What was collected, also when the run stopped early.</param>
/// <param name="ErrorCode">Why the run failed: <c>NotRegistered</c>, <c>PersistFailed</c> or a SmartStore code; null on success.</param>
/// <param name="ErrorMessage">A message for the seller when the run failed.</param>
/// <param name="TraceId">Naver's trace id when SmartStore failed.</param>
[GenerateSerializer, Immutable, Alias("onch.CollectionRun")]
public sealed record class CollectionRun(
    [property: Id(0)] CollectionSummary Summary,
    [property: Id(1)] string? ErrorCode,
    [property: Id(2)] string? ErrorMessage,
    [property: Id(3)] string? TraceId)
{
    /// <summary>True when the run completed.</summary>
    public bool Succeeded => ErrorCode is null;
}
