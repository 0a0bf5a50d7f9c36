using Grains.Interfaces.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SmartStore.Governor;
using Tests.Shared;

namespace Foundation.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ClusterMembershipTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TwoSilosAreActiveMembersInTheMembershipTable()
    {
        var active = await TestPostgres.ScalarAsync<long>(
            fixture.ConnectionString,
            "SELECT count(*) FROM OrleansMembershipTable WHERE deployment_id = @cluster AND status = 3",
            ("cluster", fixture.Cluster.Options.ClusterId));

        Assert.Equal(2, active);
    }

    [Fact]
    public void EachOfTwoSilosTakesHalfTheSmartStoreBudget()
    {
        var shares = fixture.Cluster.GetActiveSilos()
            .Select(silo => fixture.Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<IRateShare>().Fraction)
            .ToList();

        Assert.Equal([0.5, 0.5], shares);
    }

    [Fact]
    public async Task TheClientReachesGrainsOnBothSilos()
    {
        var silos = new HashSet<string>();
        await Wait.UntilAsync(
            async () =>
            {
                silos.Add(await fixture.Cluster.GrainFactory.GetGrain<IClusterProbeGrain>($"probe:{Guid.NewGuid():N}").GetSiloAsync());
                return silos.Count == 2;
            },
            TimeSpan.FromSeconds(20),
            "probe grains answering from both silos");

        var expected = fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress.ToString()).ToHashSet();
        Assert.Subset(expected, silos);
    }
}
