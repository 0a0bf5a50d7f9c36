using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartStore.Governor;

namespace SmartStore.Tests;

/// <summary>A client wired exactly as a silo wires it, pointed at the simulator with short retry delays.</summary>
public sealed class TestClient : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestClient(ServiceProvider provider)
    {
        _provider = provider;
        Client = provider.GetRequiredService<ISmartStoreClient>();
        Budget = provider.GetRequiredService<SmartStoreBudget>();
    }

    public ISmartStoreClient Client { get; }

    public SmartStoreBudget Budget { get; }

    public static TestClient Create(
        Uri baseUrl,
        string? platformClientId = null,
        string? platformClientSecret = null,
        IRateShare? share = null,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["SmartStore:BaseUrl"] = baseUrl.ToString(),
            ["SmartStore:ClientId"] = platformClientId,
            ["SmartStore:ClientSecret"] = platformClientSecret,
            ["SmartStore:DefaultStartingRatePerSecond"] = "500",
            ["SmartStore:RetryBaseDelay"] = "00:00:00.050",
            ["SmartStore:RetryMaxDelay"] = "00:00:00.200",
            ["SmartStore:AttemptTimeout"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        if (share is not null)
        {
            services.AddSingleton(share);
        }

        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSmartStoreClient(configuration);
        return new TestClient(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
