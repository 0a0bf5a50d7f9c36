namespace Grains.Interfaces.Orders;

/// <summary>
/// Stable codes of the reasons an order cannot be placed (http-api.md error <c>code</c>s).
/// </summary>
[GenerateSerializer, Alias("onch.OrderErrorCode")]
public enum OrderErrorCode
{
    /// <summary>The option text does not match exactly one catalog option: the seller picks one (옵션 수정).</summary>
    OptionMismatch = 0,

    /// <summary>The seller has not applied to sell the product (판매 신청 미 등록 오류).</summary>
    SaleNotApplied = 1,

    /// <summary>The quantity is below the product's minimum purchase quantity (최소수량 오류).</summary>
    MinQuantity = 2,

    /// <summary>The same SmartStore product order already has an OnChannel order (주문 건 중복 오류).</summary>
    Duplicate = 3,

    /// <summary>Product or option sold out or discontinued, stock below the quantity, or unknown product (품절/단종).</summary>
    SoldOutOrDiscontinued = 4,

    /// <summary>Placing failed because the point balance is too low (포인트 부족); nothing was charged.</summary>
    InsufficientPoints = 5,

    /// <summary>SmartStore refused a call made for this order.</summary>
    SmartStoreRejected = 6,

    /// <summary>The buyer asked SmartStore to cancel (취소 요청); the order is held until SmartStore decides.</summary>
    CancelRequested = 7,

    /// <summary>The buyer canceled on SmartStore after the order was placed; the supplier is told.</summary>
    CanceledAfterPlacing = 8,

    /// <summary>The buyer changed the delivery address after the order was placed; the supplier must ship there.</summary>
    AddressChangedAfterPlacing = 9,
}
