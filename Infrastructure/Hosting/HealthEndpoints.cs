using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace Infrastructure.Hosting;

/// <summary>The health endpoints every process serves, the same for silos and gateways.</summary>
public static class HealthEndpoints
{
    /// <summary>Tag of the checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (every check tagged <see cref="ReadyTag"/> passes).</summary>
    public static IEndpointRouteBuilder MapOnChannelHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
