namespace WebGateway.Operations;

/// <summary>Placeholder: metrics, the Orleans Dashboard and tracing.</summary>
public static class OperationsExtensions
{
    public static WebApplicationBuilder AddOnChannelTelemetry(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app) => app;
}
