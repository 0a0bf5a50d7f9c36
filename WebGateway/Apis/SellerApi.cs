using WebGateway.Apis.Seller;
using WebGateway.Auth;

namespace WebGateway.Apis;

/// <summary>
/// <c>/api/seller</c>: the seller endpoints of the http-api contract and the ones the dashboard adds (README, Seller).
/// Every path needs a seller token (no token 401, another role 403) and acts only on <c>User.SellerId()</c>'s data;
/// another seller's order ids are answered as unknown (404).
/// </summary>
public static class SellerApi
{
    public static IEndpointRouteBuilder MapSellerApi(this IEndpointRouteBuilder app)
    {
        var seller = app.MapGroup("/api/seller").WithTags("Seller").RequireAuthorization(Policies.Seller);
        seller.MapSellerAccountApi();
        seller.MapSellerOrdersApi();
        seller.MapSellerShippingApi();
        seller.MapSellerCatalogApi();
        seller.MapSellerPointsApi();
        return app;
    }
}
