using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Tests.Shared;
using WebGateway.Health;

namespace Foundation.Tests;

public sealed class GatewayFailoverTests
{
    [Fact]
    public async Task TheGatewaySurvivesACompleteSiloRestart()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("failover");
        var clusterId = $"failover-{Guid.NewGuid():N}";
        var serviceId = $"svc-{Guid.NewGuid():N}";
        var first = await PostgresCluster.DeployAsync(connectionString, serviceId: serviceId, clusterId: clusterId);
        await using var gateway = new WebApplicationFactory<ClusterReadyHealthCheck>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:Orleans", connectionString)
            .UseSetting("Orleans:ClusterId", clusterId)
            .UseSetting("Orleans:ServiceId", serviceId));
        using var http = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        await first.StopAllSilosAsync();
        await first.DisposeAsync();
        await Wait.UntilAsync(
            async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(30),
            "the gateway to report not ready once every silo is gone");

        var second = await PostgresCluster.DeployAsync(connectionString, serviceId: serviceId, clusterId: clusterId);
        try
        {
            await Wait.UntilAsync(
                async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60),
                "the gateway to reach the restarted cluster through the membership table");
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }
}
