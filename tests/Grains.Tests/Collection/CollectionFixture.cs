using System.Security.Cryptography;
using Grains.Interfaces.ReadModel;
using Infrastructure.ReadModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;
using SmartStore;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;
using Tests.Shared;

namespace Grains.Tests.Collection;

/// <summary>
/// One SmartStore simulator over HTTP, a fresh PostgreSQL database and a one-silo cluster configured like production
/// (automatic collection every second), shared by the tests of the collection.
/// </summary>
public sealed class CollectionFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?>? _simulatorSettings;
    private SimulatorHost? _simulator;
    private ServiceProvider? _services;
    private NpgsqlDataSource? _dataSource;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The client id of the platform (solution) application the silos use.</summary>
    public string PlatformClientId { get; private set; } = "";

    public TestCluster Cluster { get; private set; } = null!;

    public SimulatorClient Simulator { get; private set; } = null!;

    public Uri SimulatorUrl => _simulator?.BaseUrl ?? throw new InvalidOperationException("The simulator is not started");

    /// <summary>A SmartStore client of the platform application, for the test's own confirm and dispatch calls.</summary>
    public ISmartStoreClient SmartStore { get; private set; } = null!;

    public IOrderReadModel ReadStore { get; private set; } = null!;

    public CollectionFixture()
    {
    }

    /// <summary>The same set-up with a simulator configured by <paramref name="simulatorSettings"/> (other fixtures).</summary>
    internal CollectionFixture(IReadOnlyDictionary<string, string?> simulatorSettings)
    {
        _simulatorSettings = simulatorSettings;
    }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorHost.StartAsync(0, _simulatorSettings);
        Simulator = new SimulatorClient(_simulator.BaseUrl);
        var (clientId, clientSecret) = await Simulator.CreateApplicationAsync();
        PlatformClientId = clientId;
        var smartStoreSettings = new Dictionary<string, string>
        {
            ["SmartStore:BaseUrl"] = _simulator.BaseUrl.ToString(),
            ["SmartStore:ClientId"] = clientId,
            ["SmartStore:ClientSecret"] = clientSecret,
            ["SmartStore:DefaultStartingRatePerSecond"] = "500",
            ["SmartStore:RetryBaseDelay"] = "00:00:00.050",
            ["SmartStore:RetryMaxDelay"] = "00:00:00.200",
        };

        ConnectionString = await TestPostgres.CreateMigratedDatabaseAsync("collection");
        Cluster = await PostgresCluster.DeployAsync(ConnectionString, settings: new Dictionary<string, string>(smartStoreSettings)
        {
            ["Security:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Collection:AutoCollectPeriod"] = "00:00:01",
            ["Collection:Overlap"] = "00:00:05",
        });

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(smartStoreSettings.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
        _services = new ServiceCollection().AddLogging().AddSmartStoreClient(configuration).BuildServiceProvider();
        SmartStore = _services.GetRequiredService<ISmartStoreClient>();
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
        ReadStore = new PostgresOrderReadModel(_dataSource);
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        Simulator?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CollectionCluster : ICollectionFixture<CollectionFixture>
{
    public const string Name = "collection cluster with simulator";
}
