namespace Grains.Interfaces.Orders;

/// <summary>
/// One collected SmartStore product order, keyed by <see cref="OrderKey.For(string)"/>. Owns the order's state
/// transitions: each one is persisted, then written to the read model, then announced.
/// </summary>
[Alias("onch.IOrderGrain")]
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the order from collected facts, validated against <paramref name="facts"/>, the catalog product and the
    /// seller's facts as the caller read them before the call. Idempotent: an order that exists is returned untouched
    /// (never reset); an order of another seller account is reported as a duplicate.
    /// </summary>
    /// <remarks>
    /// A change of those facts made after the caller read them, and fanned out over the read model before this order's
    /// row was there, misses the order: once the call has returned, the caller reads the facts again and calls
    /// <see cref="RevalidateAsync"/> on each created order whose facts may have changed.
    /// </remarks>
    [Alias("Collect")]
    Task<CollectOutcome> CollectAsync(CollectedOrder order, OrderFacts facts);

    /// <summary>Returns the order, or null when it was never collected.</summary>
    [Alias("Get")]
    Task<OrderView?> GetAsync();

    /// <summary>Returns the seller account that owns the order, or null when it was never collected.</summary>
    [Alias("GetSellerId")]
    Task<string?> GetSellerIdAsync();

    /// <summary>
    /// Validates the order again (after 판매 신청, a catalog change or a remembered option). Allowed before placing;
    /// a placed, canceled or deleted order is refused and left as it is.
    /// </summary>
    [Alias("Revalidate")]
    Task<OrderCommandResult> RevalidateAsync();

    /// <summary>
    /// 옵션 수정: the seller <paramref name="sellerId"/> picks the catalog option of this order, then it is validated
    /// again. Sellers call it through <c>ISellerGrain.ChooseOptionAsync</c>, which also remembers the choice.
    /// </summary>
    [Alias("ChooseOption")]
    Task<OrderCommandResult> ChooseOptionAsync(string sellerId, string optionId);

    /// <summary>
    /// A 개별 주문 (request <paramref name="manualRequestId"/>) is made from this collected order of the seller
    /// <paramref name="sellerId"/>: it becomes 수집실패 with 주문 건 중복 for good, so it is never placed as well. Refused
    /// once placed or when another 개별 주문 was made from it; the same request again changes nothing.
    /// </summary>
    [Alias("ReplaceByManual")]
    Task<OrderCommandResult> ReplaceByManualAsync(string sellerId, string manualRequestId);

    /// <summary>Undoes <see cref="ReplaceByManualAsync"/> for a 개별 주문 that was refused before it existed.</summary>
    [Alias("ReleaseManualReplacement")]
    Task<OrderCommandResult> ReleaseManualReplacementAsync(string sellerId, string manualRequestId);

    /// <summary>삭제하기 by the seller <paramref name="sellerId"/>; refused once placed.</summary>
    [Alias("Delete")]
    Task<OrderCommandResult> DeleteAsync(string sellerId);

    /// <summary>
    /// The buyer canceled on SmartStore: before placing the order becomes <see cref="OrderStatus.Canceled"/>; after
    /// placing the cancellation is recorded on the order.
    /// </summary>
    [Alias("Cancel")]
    Task<OrderCommandResult> CancelAsync();

    /// <summary>
    /// Applies what SmartStore reported for this known order: a cancel request holds it (취소 요청), a rejected or
    /// withdrawn one releases it, a cancellation cancels it (or is recorded after placing), a changed address replaces
    /// the recipient (or is recorded for the supplier after placing), a delivery completes it. Idempotent.
    /// </summary>
    [Alias("ApplySmartStoreChange")]
    Task<OrderCommandResult> ApplySmartStoreChangeAsync(SmartStoreChange change);

    /// <summary>
    /// Writes the order's read-model row again from its persisted state (the repair sweep calls it for orders whose
    /// row fell behind, e.g. after a crash between the persist and the projection).
    /// </summary>
    [Alias("RepairProjection")]
    Task RepairProjectionAsync();

    /// <summary>
    /// The seller's outbox reports how a SmartStore write for this order ended (발주확인, 발송처리, 발송 지연): the
    /// order records it, shows a refusal with Naver's message, and completes what follows from it.
    /// </summary>
    [Alias("RecordSmartStoreWrite")]
    Task<OrderCommandResult> RecordSmartStoreWriteAsync(Fulfillment.SmartStoreWriteResult result);

    /// <summary>SmartStore reports the order <c>DELIVERED</c> (or the supplier marks it): 주문발주 becomes 배송완료.</summary>
    [Alias("Deliver")]
    Task<OrderCommandResult> DeliverAsync();

    /// <summary>
    /// 발주하기 by the seller <paramref name="sellerId"/>: checks the order against the catalog at this moment (stock,
    /// status, price), takes the stock, charges the points once and places the order with its supplier; 발주확인 on
    /// SmartStore follows. Placing an order already placed answers with it and charges nothing. Without enough points
    /// the order stays waiting as 포인트 부족 and nothing is charged.
    /// </summary>
    [Alias("Place")]
    Task<PlaceOutcome> PlaceAsync(string sellerId);

    /// <summary>
    /// 개별 주문: creates this order by hand for <paramref name="sellerId"/> (the grain key is
    /// <see cref="OrderKey.ForManual"/>) and places it like a collected one. Idempotent: the same request answers with
    /// the order it created.
    /// </summary>
    [Alias("CreateManual")]
    Task<PlaceOutcome> CreateManualAsync(string sellerId, ManualOrder order);

    /// <summary>
    /// The supplier <paramref name="supplierId"/> enters (or changes) the carrier and tracking number; the first one is
    /// sent to SmartStore (발송처리), a later change stays OnChannel's and shows as differing from SmartStore's.
    /// </summary>
    [Alias("EnterTracking")]
    Task<OrderCommandResult> EnterTrackingAsync(string supplierId, Tracking tracking);

    /// <summary>The supplier marks the order delivered (배송완료).</summary>
    [Alias("MarkDeliveredBySupplier")]
    Task<OrderCommandResult> MarkDeliveredBySupplierAsync(string supplierId);

    /// <summary>
    /// The seller sends a corrected tracking number to SmartStore. SmartStore may refuse a second 발송처리; the order
    /// then shows Naver's message, and the seller can record what they set on SmartStore by hand.
    /// </summary>
    [Alias("SendSmartStoreTracking")]
    Task<OrderCommandResult> SendSmartStoreTrackingAsync(string sellerId, Tracking tracking);

    /// <summary>The seller records the tracking number they set on SmartStore themselves.</summary>
    [Alias("RecordSmartStoreTracking")]
    Task<OrderCommandResult> RecordSmartStoreTrackingAsync(string sellerId, Tracking tracking);

    /// <summary>발송 지연: the seller registers a new dispatch due date on SmartStore for a placed order not yet shipped.</summary>
    [Alias("RequestDispatchDelay")]
    Task<OrderCommandResult> RequestDispatchDelayAsync(string sellerId, DateTimeOffset dispatchDueDate, string reason, string detail);
}
