using WebGateway.Apis.Supplier;
using WebGateway.Auth;

namespace WebGateway.Apis;

/// <summary>
/// <c>/api/supplier</c>: the orders of the caller's products (placed ones only), tracking numbers, delivery, and the
/// carriers. Suppliers only; another supplier's order is answered 404, as if it did not exist.
/// </summary>
public static class SupplierApi
{
    public static IEndpointRouteBuilder MapSupplierApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/supplier").WithTags("Supplier").RequireAuthorization(Policies.Supplier);
        api.MapGet("/orders", SupplierOrders.ListAsync).WithSummary("The supplier's orders, newest placed first");
        api.MapGet("/orders/page", SupplierOrders.PageAsync).WithSummary("A page of the supplier's orders with counts and the next cursor");
        api.MapPut("/orders/{onchOrderNo}/tracking", SupplierOrders.EnterTrackingAsync).WithSummary("송장 입력 (the first one is sent to SmartStore)");
        api.MapPost("/orders/{onchOrderNo}/delivered", SupplierOrders.MarkDeliveredAsync).WithSummary("배송완료");
        api.MapGet("/carriers", SupplierOrders.Carriers).WithSummary("The carrier codes a tracking number may use, with Korean names");
        return app;
    }
}
