using System.Globalization;
using Grains.Tests.Collection;
using SmartStoreSimulator.Client;

namespace Grains.Tests.Demo;

/// <summary>
/// The collection set-up (simulator, fresh database, one silo collecting automatically every second) with a simulator
/// whose order generator has its seller accounts from the start, but generates nothing until a test raises its rate.
/// </summary>
public sealed class DemoFixture : IAsyncLifetime
{
    /// <summary>Seller accounts of the simulator's generator: <c>gen-seller-0001</c> and <c>gen-seller-0002</c>.</summary>
    public const int GeneratorSellers = 2;

    private readonly CollectionFixture _inner = new(new Dictionary<string, string?>
    {
        ["Simulator:Generator:Enabled"] = "true",
        ["Simulator:Generator:Sellers"] = GeneratorSellers.ToString(CultureInfo.InvariantCulture),
        ["Simulator:Generator:OrdersPerMinute"] = "0",
    });

    public string ConnectionString => _inner.ConnectionString;

    public SimulatorClient Simulator => _inner.Simulator;

    public IGrainFactory Grains => _inner.Grains;

    public Task InitializeAsync() => _inner.InitializeAsync();

    public Task DisposeAsync() => _inner.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DemoCluster : ICollectionFixture<DemoFixture>
{
    public const string Name = "demo cluster with generating simulator";
}
