using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using WebGateway.Health;

namespace Foundation.Tests;

[Collection(ClusterCollection.Name)]
public sealed class GatewayHealthTests(ClusterFixture fixture)
{
    private WebApplicationFactory<ClusterReadyHealthCheck> Gateway(string clusterId) =>
        new WebApplicationFactory<ClusterReadyHealthCheck>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:Orleans", fixture.ConnectionString)
            .UseSetting("Orleans:ClusterId", clusterId)
            .UseSetting("Orleans:ServiceId", fixture.Cluster.Options.ServiceId));

    [Fact]
    public async Task TheGatewayJoinsThroughAdoNetClusteringAndIsReady()
    {
        await using var gateway = Gateway(fixture.Cluster.Options.ClusterId);
        using var http = gateway.CreateClient();

        var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
