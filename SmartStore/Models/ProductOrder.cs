namespace SmartStore.Models;

/// <summary>
/// One SmartStore product order (one line of a buyer's order), with the fields the order flow needs.
/// Ids are strings: Naver documents them as up to 20-byte strings.
/// </summary>
/// <param name="ProductOrderId">Naver product order id (the unit that is confirmed and dispatched).</param>
/// <param name="OrderId">Naver order id shared by the product orders of one checkout.</param>
/// <param name="ProductOrderStatus">e.g. <c>PAYED</c>, <c>DELIVERING</c>, <c>DELIVERED</c>, <c>CANCELED</c>.</param>
/// <param name="PlaceOrderStatus"><c>NOT_YET</c>, <c>OK</c> or <c>CANCEL</c>.</param>
/// <param name="ClaimType">Claim in progress or done, e.g. <c>CANCEL</c>; null when none.</param>
/// <param name="ClaimStatus">e.g. <c>CANCEL_REQUEST</c>, <c>CANCEL_DONE</c>; null when none.</param>
/// <param name="OrderDate">When the buyer ordered.</param>
/// <param name="PaymentDate">When the buyer paid.</param>
/// <param name="SellerProductCode">판매자 상품 코드: the OnChannel code (<c>CH</c> + 7 digits) when the seller entered one.</param>
/// <param name="ProductName">Product name shown to the buyer.</param>
/// <param name="ProductOption">Option text as chosen by the buyer.</param>
/// <param name="Quantity">Ordered quantity.</param>
/// <param name="TotalPaymentAmount">Amount paid for this product order in KRW.</param>
/// <param name="ShippingAddress">Recipient; null only when Naver sends none (e.g. a gift not yet accepted).</param>
/// <param name="Delivery">Carrier and tracking number once dispatched.</param>
/// <param name="GiftReceivingStatus"><c>WAIT_FOR_RECEIVING</c> while a gift recipient has not entered an address.</param>
/// <param name="ShippingDueDate">발송 기한 (<c>shippingDueDate</c>); a dispatch delay moves it.</param>
/// <param name="DelayedDispatchReason">Why dispatch was delayed (see <see cref="DelayedDispatchReasons"/>); null when it was not.</param>
public sealed record ProductOrder(
    string ProductOrderId,
    string OrderId,
    string ProductOrderStatus,
    string? PlaceOrderStatus,
    string? ClaimType,
    string? ClaimStatus,
    DateTimeOffset? OrderDate,
    DateTimeOffset? PaymentDate,
    string? SellerProductCode,
    string? ProductName,
    string? ProductOption,
    int Quantity,
    long TotalPaymentAmount,
    ShippingAddress? ShippingAddress,
    DeliveryInfo? Delivery,
    string? GiftReceivingStatus,
    DateTimeOffset? ShippingDueDate = null,
    string? DelayedDispatchReason = null)
{
    /// <summary>
    /// 신규주문(발주 전): paid, not yet confirmed, no claim in progress, and an address to ship to.
    /// </summary>
    public bool IsNewOrder =>
        ProductOrderStatus == ProductOrderStatuses.Payed
        && PlaceOrderStatus == PlaceOrderStatuses.NotYet
        && !HasOpenClaim
        && GiftReceivingStatus != "WAIT_FOR_RECEIVING";

    /// <summary>
    /// A claim is requested or being processed (e.g. <c>CANCEL_REQUEST</c>), so the order must not ship. A rejected or
    /// withdrawn claim (<c>CANCEL_REJECT</c>, or no claim left) does not hold the order back; a completed one
    /// (<c>CANCEL_DONE</c>) has already moved it out of <c>PAYED</c>.
    /// </summary>
    public bool HasOpenClaim =>
        ClaimStatus is { } status
            ? !status.EndsWith("_REJECT", StringComparison.Ordinal) && !status.EndsWith("_DONE", StringComparison.Ordinal)
            : ClaimType is not null;
}
