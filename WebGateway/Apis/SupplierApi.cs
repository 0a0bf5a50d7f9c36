namespace WebGateway.Apis;

/// <summary>Placeholder: the supplier endpoints of the http-api contract.</summary>
public static class SupplierApi
{
    public static IEndpointRouteBuilder MapSupplierApi(this IEndpointRouteBuilder app) => app;
}
