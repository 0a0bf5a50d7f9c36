using Npgsql;
using SmartStore;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;

namespace Bench;

/// <summary>
/// What a cluster benchmark starts with: a fresh migrated database on the benchmark's PostgreSQL, a data source and
/// CPU meter on it, a SmartStore simulator with one application, and the silo's SmartStore section pointing at it.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    private BenchEnvironment(BenchPostgres server, BenchDatabase database, NpgsqlDataSource dataSource, CpuMeter cpu, SimulatorHost simulator, SimulatorClient control, string clientId, string clientSecret)
    {
        Server = server;
        Database = database;
        DataSource = dataSource;
        Cpu = cpu;
        Simulator = simulator;
        Control = control;
        SmartStore = new Dictionary<string, string?>
        {
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.BaseUrl)}"] = simulator.BaseUrl.ToString(),
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.ClientId)}"] = clientId,
            [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.ClientSecret)}"] = clientSecret,
        };
    }

    public BenchPostgres Server { get; }

    public BenchDatabase Database { get; }

    public NpgsqlDataSource DataSource { get; }

    public CpuMeter Cpu { get; }

    public SimulatorHost Simulator { get; }

    public SimulatorClient Control { get; }

    /// <summary>The silo's SmartStore configuration section: the simulator's address and the application's credentials.</summary>
    public IReadOnlyDictionary<string, string?> SmartStore { get; }

    /// <summary>Starts everything; <paramref name="purpose"/> names the database.</summary>
    public static async Task<BenchEnvironment> StartAsync(string? pg, string purpose)
    {
        var server = await BenchPostgres.ConnectAsync(pg);
        var database = await server.CreateMigratedDatabaseAsync(purpose);
        var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var simulator = await SimulatorHost.StartAsync(0);
        var control = new SimulatorClient(simulator.BaseUrl);
        var (clientId, clientSecret) = await control.CreateApplicationAsync();
        return new BenchEnvironment(server, database, dataSource, await CpuMeter.ForServerAsync(dataSource), simulator, control, clientId, clientSecret);
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await Simulator.DisposeAsync();
        await DataSource.DisposeAsync();
        await Database.DisposeAsync();
    }
}
