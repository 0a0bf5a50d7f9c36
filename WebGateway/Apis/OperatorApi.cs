using WebGateway.Apis.Operator;
using WebGateway.Auth;

namespace WebGateway.Apis;

/// <summary>
/// <c>/api/operator</c>: accounts (sellers, suppliers, disabling), the catalog and its list, sellers' points and the
/// seller overview. Operators only; any other role gets 403.
/// </summary>
public static class OperatorApi
{
    public static IEndpointRouteBuilder MapOperatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/operator").WithTags("Operator").RequireAuthorization(Policies.Operator);

        api.MapPost("/sellers", OperatorAccounts.CreateSellerAsync).WithSummary("판매자 계정 만들기");
        api.MapGet("/sellers", OperatorAccounts.ListSellersAsync).WithSummary("Sellers with points, SmartStore, settings and sync, in id order");
        api.MapGet("/sellers/{sellerId}", OperatorAccounts.GetSellerAsync).WithSummary("One seller as the seller list shows it");
        api.MapPost("/sellers/{sellerId}/points", OperatorPoints.TopUpAsync).WithSummary("포인트 충전 (idempotent by requestId)");

        api.MapPost("/suppliers", OperatorAccounts.CreateSupplierAsync).WithSummary("공급사 계정 만들기");
        api.MapGet("/suppliers", OperatorAccounts.ListSuppliersAsync).WithSummary("Supplier accounts in id order");
        api.MapGet("/suppliers/{supplierId}", OperatorAccounts.GetSupplierAsync).WithSummary("One supplier account");

        api.MapPatch("/accounts/{loginId}", OperatorAccounts.PatchAsync).WithSummary("Disables or enables an account");

        api.MapGet("/products", OperatorCatalog.ListAsync).WithSummary("The catalog list in code order, optionally searched");
        api.MapPut("/products/{code}", OperatorCatalog.UpsertAsync).WithSummary("Upserts a catalog product");
        api.MapGet("/products/{code}", OperatorCatalog.GetAsync).WithSummary("One catalog product");
        return app;
    }
}
