namespace SmartStore;

/// <summary>The Commerce API operations the client calls; Naver rate-limits each one separately per application.</summary>
public enum SmartStoreApi
{
    /// <summary><c>POST /v1/oauth2/token</c>.</summary>
    Token,

    /// <summary><c>GET /v1/pay-order/seller/product-orders/last-changed-statuses</c>.</summary>
    LastChangedStatuses,

    /// <summary><c>GET /v1/pay-order/seller/product-orders</c> (conditions listing).</summary>
    ProductOrders,

    /// <summary><c>POST /v1/pay-order/seller/product-orders/query</c>.</summary>
    Query,

    /// <summary><c>POST /v1/pay-order/seller/product-orders/confirm</c>.</summary>
    Confirm,

    /// <summary><c>POST /v1/pay-order/seller/product-orders/dispatch</c>.</summary>
    Dispatch,

    /// <summary><c>POST /v1/pay-order/seller/product-orders/{productOrderId}/delay</c> (발송 지연).</summary>
    DelayDispatch,
}
