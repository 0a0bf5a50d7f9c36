using Infrastructure.Accounts;
using WebGateway.Auth;
using WebGateway.Extensions;

namespace WebGateway.Hubs;

/// <summary>
/// The hub <c>/hubs/orders</c> and its bridge from the grains: the gateway's <see cref="HubLiveObserver"/>, kept in
/// the cluster's live directory by <see cref="LiveRegistration"/>, receives every silo's events and sends them to
/// the hub's groups.
/// </summary>
public static class LiveExtensions
{
    public static IServiceCollection AddOnChannelLive(this IServiceCollection services)
    {
        services.AddSignalR()
            .AddJsonProtocol(options => GatewayHostingExtensions.ConfigureJson(options.PayloadSerializerOptions));
        services.AddAuthorizationBuilder().AddPolicy(OrderHub.Policy, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(OnChannelClaims.Role, AccountRole.Seller, AccountRole.Supplier));
        services.AddSingleton<LiveGatewayIdentity>();
        services.AddSingleton<HubLiveObserver>();
        services.AddHostedService<LiveRegistration>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrderHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<OrderHub>(OrderHub.Path);
        return app;
    }
}
