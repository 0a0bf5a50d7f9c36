using Infrastructure.Database;
using Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Silo.Extensions;

namespace Tests.Shared;

/// <summary>
/// Test clusters configured like production silos: clustering, grain state and reminders in PostgreSQL through
/// the Orleans ADO.NET providers, with the silo host's own configuration code.
/// </summary>
public static class PostgresCluster
{
    /// <summary>Builds (does not deploy) a cluster on <paramref name="connectionString"/>.</summary>
    public static TestCluster Build(
        string connectionString,
        short silos = 1,
        string? serviceId = null,
        IReadOnlyDictionary<string, string>? settings = null,
        string? clusterId = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ClusterId = clusterId ?? builder.Options.ClusterId;
        builder.Options.UseTestClusterMembership = false;
        // Real sockets, so that processes outside the test host (gateways) can join as clients.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Options.ServiceId = serviceId ?? builder.Options.ServiceId;
        builder.Properties["ConnectionStrings:Orleans"] = connectionString;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Properties[key] = value;
        }
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        return builder.Build();
    }

    /// <summary>Builds and deploys a cluster.</summary>
    public static async Task<TestCluster> DeployAsync(
        string connectionString,
        short silos = 1,
        string? serviceId = null,
        IReadOnlyDictionary<string, string>? settings = null,
        string? clusterId = null)
    {
        var cluster = Build(connectionString, silos, serviceId, settings, clusterId);
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder
                .UseOnChannelPostgres(ClusterSettings.ReadConnectionString(siloBuilder.Configuration))
                .AddOnChannelGrainServices()
                .AddClusterRateShare();
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(options =>
            {
                options.Invariant = AdoNetInvariant.Npgsql;
                options.ConnectionString = ClusterSettings.ReadConnectionString(configuration);
            });
    }
}
