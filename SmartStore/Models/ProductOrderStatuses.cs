namespace SmartStore.Models;

/// <summary>Values of <c>productOrderStatus</c> the order flow reacts to.</summary>
public static class ProductOrderStatuses
{
    /// <summary>결제 완료.</summary>
    public const string Payed = "PAYED";

    /// <summary>배송 중.</summary>
    public const string Delivering = "DELIVERING";

    /// <summary>배송 완료.</summary>
    public const string Delivered = "DELIVERED";

    /// <summary>구매 확정.</summary>
    public const string PurchaseDecided = "PURCHASE_DECIDED";

    /// <summary>취소.</summary>
    public const string Canceled = "CANCELED";
}
