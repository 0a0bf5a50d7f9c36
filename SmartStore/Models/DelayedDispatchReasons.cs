namespace SmartStore.Models;

/// <summary>Values of <c>delayedDispatchReason</c> (발송 지연 사유).</summary>
public static class DelayedDispatchReasons
{
    /// <summary>상품 준비 중.</summary>
    public const string ProductPrepare = "PRODUCT_PREPARE";

    /// <summary>고객 요청.</summary>
    public const string CustomerRequest = "CUSTOMER_REQUEST";

    /// <summary>주문 제작.</summary>
    public const string CustomBuild = "CUSTOM_BUILD";

    /// <summary>예약 발송.</summary>
    public const string ReservedDispatch = "RESERVED_DISPATCH";

    /// <summary>해외 배송.</summary>
    public const string OverseaDelivery = "OVERSEA_DELIVERY";

    /// <summary>기타.</summary>
    public const string Etc = "ETC";
}
