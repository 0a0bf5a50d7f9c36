using Orleans.TestingHost;
using Tests.Shared;

namespace Foundation.Tests;

/// <summary>A two-silo cluster on a fresh PostgreSQL database, shared by the tests of one collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateMigratedDatabaseAsync("cluster");
        Cluster = await PostgresCluster.DeployAsync(ConnectionString, silos: 2);
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "two-silo cluster";
}
