using System.Reflection;
using ProcessCluster;
using Tests.Shared;

namespace Fault.Tests;

/// <summary>
/// A <see cref="FaultCluster"/> of real processes on a fresh database, shared by the tests of one class; each
/// process's output goes to <c>bin/.../fault-logs/{class}-{time}/</c>. Disposing it kills every process.
/// </summary>
public abstract class ClusterFixture : IAsyncLifetime
{
    private FaultCluster? _cluster;

    protected abstract string Name { get; }

    protected abstract int SiloCount { get; }

    protected abstract int GatewayCount { get; }

    public FaultCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    public string ConnectionString { get; private set; } = "";

    public ExactlyOnceAudit Audit => new(ConnectionString, Cluster.Simulator);

    /// <summary>The build of this test assembly, which is the build of the silo and gateway it runs.</summary>
    public static string Configuration =>
        typeof(ClusterFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateMigratedDatabaseAsync("fault_" + Name);
        var logs = Path.Combine(AppContext.BaseDirectory, "fault-logs", $"{Name}-{DateTime.Now:HHmmss}-{Guid.NewGuid():N}"[..48]);
        _cluster = await FaultCluster.StartAsync(new ClusterOptions(ConnectionString, Configuration, logs, SiloCount, GatewayCount));
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
