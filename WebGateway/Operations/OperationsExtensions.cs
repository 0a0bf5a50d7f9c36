using Infrastructure.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Orleans.Dashboard;
using WebGateway.Auth;

namespace WebGateway.Operations;

/// <summary>
/// What operators use on a gateway: metrics at <c>/metrics</c>, traces and trace ids in logs, the Orleans Dashboard at
/// <see cref="DashboardPath"/> behind the operator login, and the API reference's document details.
/// </summary>
public static class OperationsExtensions
{
    /// <summary>The name the gateway reports itself by in traces and metrics.</summary>
    public const string ServiceName = "onchannel-gateway";

    /// <summary>Where the Orleans Dashboard's pages and API are served (the token is read from the cookie there).</summary>
    public const string DashboardPath = "/orleans-dashboard";

    /// <summary>
    /// Telemetry of the gateway (its own meter with Orleans', ASP.NET Core's, SignalR's and the runtime's), the
    /// dashboard's client side (silos publish the grain statistics it shows) and the OpenAPI document's details.
    /// </summary>
    public static WebApplicationBuilder AddOnChannelTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddOnChannelTelemetry(ServiceName, GatewayMetrics.MeterName);
        builder.UseOrleansClient(client => client.AddDashboard());
        builder.Services.Configure<OpenApiOptions>(ApiReferenceDocument.Name, options => options
            .AddDocumentTransformer<ApiReferenceDocument>()
            .AddOperationTransformer<ApiReferenceDocument>());
        return builder;
    }

    /// <summary><c>/metrics</c> and the dashboard, which only operators may open (anonymous 401, other roles 403).</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOnChannelMetrics();
        app.MapOrleansDashboard(DashboardPath)
            .RequireAuthorization(Policies.Operator)
            .ExcludeFromDescription();
        return app;
    }
}
