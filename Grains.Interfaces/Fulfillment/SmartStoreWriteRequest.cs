using Grains.Interfaces.Orders;

namespace Grains.Interfaces.Fulfillment;

/// <summary>A SmartStore write an order asks its seller's outbox to make, exactly once.</summary>
/// <param name="ProductOrderId">The SmartStore product order.</param>
/// <param name="Kind">Which write.</param>
/// <param name="Tracking">For a dispatch: carrier and tracking number.</param>
/// <param name="DispatchDueDate">For a delay: the new due date.</param>
/// <param name="DelayReason">For a delay: Naver's <c>delayedDispatchReason</c> (e.g. <c>PRODUCT_PREPARE</c>).</param>
/// <param name="DelayDetail">For a delay: the detailed reason shown to the buyer.</param>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreWriteRequest")]
public sealed record class SmartStoreWriteRequest(
    [property: Id(0)] string ProductOrderId,
    [property: Id(1)] SmartStoreWriteKind Kind,
    [property: Id(2)] Tracking? Tracking = null,
    [property: Id(3)] DateTimeOffset? DispatchDueDate = null,
    [property: Id(4)] string? DelayReason = null,
    [property: Id(5)] string? DelayDetail = null);
