using Grains.Interfaces.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WebGateway.Health;

/// <summary>Ready when a grain call through this gateway's Orleans client is answered by a silo.</summary>
public sealed class ClusterReadyHealthCheck(IClusterClient client) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silo = await client.GetGrain<IClusterProbeGrain>("probe:ready").GetSiloAsync().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy($"Cluster reachable (answered by {silo}).");
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or InvalidOperationException or SiloUnavailableException)
        {
            return HealthCheckResult.Unhealthy($"Cluster not reachable: {e.Message}");
        }
    }
}
