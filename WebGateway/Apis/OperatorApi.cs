namespace WebGateway.Apis;

/// <summary>Placeholder: the operator endpoints of the http-api contract.</summary>
public static class OperatorApi
{
    public static IEndpointRouteBuilder MapOperatorApi(this IEndpointRouteBuilder app) => app;
}
