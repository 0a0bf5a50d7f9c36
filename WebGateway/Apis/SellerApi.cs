namespace WebGateway.Apis;

/// <summary>Placeholder: the seller endpoints of the http-api contract.</summary>
public static class SellerApi
{
    public static IEndpointRouteBuilder MapSellerApi(this IEndpointRouteBuilder app) => app;
}
