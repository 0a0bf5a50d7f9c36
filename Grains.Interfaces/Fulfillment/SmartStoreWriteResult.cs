using Grains.Interfaces.Orders;

namespace Grains.Interfaces.Fulfillment;

/// <summary>How a SmartStore write for an order ended, reported to the order by the seller's outbox.</summary>
/// <param name="Kind">Which write.</param>
/// <param name="Succeeded">True when SmartStore applied it (now, or before: a read-back showed it applied).</param>
/// <param name="Tracking">For a dispatch, the tracking number that was sent.</param>
/// <param name="ErrorCode">SmartStore's code when refused or failing (e.g. <c>104443</c>, <c>GW.RATE_LIMIT</c>).</param>
/// <param name="ErrorMessage">SmartStore's message, shown to the seller.</param>
/// <param name="TraceId">Naver's trace id, for support.</param>
/// <param name="WillRetry">True when the outbox keeps the write and tries again; false when a person must act.</param>
/// <param name="At">When the outcome was known.</param>
/// <param name="DispatchDueDate">For a delay: the due date that was registered.</param>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreWriteResult")]
public sealed record class SmartStoreWriteResult(
    [property: Id(0)] SmartStoreWriteKind Kind,
    [property: Id(1)] bool Succeeded,
    [property: Id(2)] Tracking? Tracking,
    [property: Id(3)] string? ErrorCode,
    [property: Id(4)] string? ErrorMessage,
    [property: Id(5)] string? TraceId,
    [property: Id(6)] bool WillRetry,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] DateTimeOffset? DispatchDueDate = null);
