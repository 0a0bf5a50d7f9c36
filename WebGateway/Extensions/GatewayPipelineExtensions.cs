using Infrastructure.Hosting;
using Scalar.AspNetCore;
using WebGateway.Apis;
using WebGateway.Hubs;
using WebGateway.Operations;

namespace WebGateway.Extensions;

/// <summary>The gateway's request pipeline and endpoints, in order.</summary>
public static class GatewayPipelineExtensions
{
    /// <summary>
    /// The client's address from known proxies only, errors, authentication, rate limits, then every endpoint module,
    /// the hub and the operations pages.
    /// </summary>
    public static WebApplication MapOnChannelGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseOnChannelDashboard();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOnChannelHealth();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api-reference");
        app.MapAuthApi();
        app.MapSellerApi();
        app.MapOperatorApi();
        app.MapSupplierApi();
        app.MapOrderHub();
        app.MapOperations();
        return app;
    }
}
