namespace Grains.Interfaces.Orders;

/// <summary>
/// Lifecycle state of a collected SmartStore product order (product.md section 4).
/// </summary>
[GenerateSerializer, Alias("onch.OrderStatus")]
public enum OrderStatus
{
    /// <summary>수집실패: collected, but a check failed (see the order's errors).</summary>
    CollectionFailed = 0,

    /// <summary>주문대기: waiting; orderable (발주 가능) or needing an option choice (옵션 수정).</summary>
    Waiting = 1,

    /// <summary>주문발주: placed with OnChannel and paid with points.</summary>
    Ordered = 2,

    /// <summary>배송완료: delivered to the buyer.</summary>
    Delivered = 3,

    /// <summary>The buyer canceled on SmartStore before the order was placed.</summary>
    Canceled = 4,

    /// <summary>The seller deleted it (삭제하기) before placing.</summary>
    Deleted = 5,
}
