using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace WebGateway.Auth;

/// <summary>
/// <c>X-Forwarded-For</c> from the proxies of <see cref="ForwardedProxyOptions"/> only. The framework's defaults trust
/// loopback; they are cleared, so that with no proxy configured the header changes nothing.
/// </summary>
internal static class ForwardedProxies
{
    public static IServiceCollection AddForwardedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedProxyOptions>().BindConfiguration(ForwardedProxyOptions.SectionName)
            .Validate(options => options.Addresses() is not null, "ForwardedHeaders__KnownProxies must be comma-separated IP addresses.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedProxyOptions>>((options, proxies) =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            var addresses = proxies.Value.Addresses() ?? [];
            foreach (var address in addresses)
            {
                options.KnownProxies.Add(address);
            }

            options.ForwardedHeaders = addresses.Count > 0 ? ForwardedHeaders.XForwardedFor : ForwardedHeaders.None;
        });
        return services;
    }
}
