namespace SmartStoreSimulator.Domain;

/// <summary>Names of the simulated APIs, used for rate limits, faults and counters.</summary>
internal static class SimApi
{
    public const string Token = "token";
    public const string LastChangedStatuses = "last-changed-statuses";
    public const string ProductOrders = "product-orders";
    public const string Query = "query";
    public const string Confirm = "confirm";
    public const string Dispatch = "dispatch";
    public const string DelayDispatch = "delay";

    public const string TokenPath = "/v1/oauth2/token";
    public const string OrdersPath = "/v1/pay-order/seller/product-orders";

    public static string? FromPath(string method, string path) => (method, path) switch
    {
        ("POST", TokenPath) => Token,
        ("GET", OrdersPath + "/last-changed-statuses") => LastChangedStatuses,
        ("GET", OrdersPath) => ProductOrders,
        ("POST", OrdersPath + "/query") => Query,
        ("POST", OrdersPath + "/confirm") => Confirm,
        ("POST", OrdersPath + "/dispatch") => Dispatch,
        ("POST", _) when IsDelayPath(path) => DelayDispatch,
        _ => null,
    };

    /// <summary><c>/v1/pay-order/seller/product-orders/{productOrderId}/delay</c> with a non-empty id.</summary>
    private static bool IsDelayPath(string path) =>
        path.StartsWith(OrdersPath + "/", StringComparison.Ordinal)
        && path.EndsWith("/delay", StringComparison.Ordinal)
        && path.Length > OrdersPath.Length + "/delay".Length + 1
        && path.AsSpan(OrdersPath.Length + 1, path.Length - OrdersPath.Length - 1 - "/delay".Length).IndexOf('/') < 0;
}
