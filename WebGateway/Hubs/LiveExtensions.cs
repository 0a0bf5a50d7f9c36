namespace WebGateway.Hubs;

/// <summary>Placeholder: the hub <c>/hubs/orders</c> and the bridge from grains to it.</summary>
public static class LiveExtensions
{
    public static IServiceCollection AddOnChannelLive(this IServiceCollection services)
    {
        services.AddSignalR();
        return services;
    }

    public static IEndpointRouteBuilder MapOrderHub(this IEndpointRouteBuilder app) => app;
}
