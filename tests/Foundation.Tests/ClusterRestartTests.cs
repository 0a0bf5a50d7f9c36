using Grains.Interfaces.Sellers;
using Tests.Shared;

namespace Foundation.Tests;

public sealed class ClusterRestartTests
{
    [Fact]
    public async Task SettingsSurviveAFullClusterRestart()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("restart");
        var serviceId = $"svc-{Guid.NewGuid():N}";
        const string sellerId = "cafe";  // hex-shaped on purpose: the key prefix must keep it a string key

        var first = await PostgresCluster.DeployAsync(connectionString, serviceId: serviceId);
        await first.GrainFactory.GetSeller(sellerId).UpdateSettingsAsync(new SellerSettings(true, true));
        await first.StopAllSilosAsync();
        await first.DisposeAsync();

        var second = await PostgresCluster.DeployAsync(connectionString, serviceId: serviceId);
        try
        {
            Assert.Equal(new SellerSettings(true, true), await second.GrainFactory.GetSeller(sellerId).GetSettingsAsync());
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }
}
