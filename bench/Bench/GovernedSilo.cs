using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartStore;
using SmartStore.Governor;

namespace Bench;

/// <summary>
/// The SmartStore client as one silo wires it: its own service provider, the production defaults, and a fixed
/// share of the platform application's budget.
/// </summary>
internal sealed class GovernedSilo : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private GovernedSilo(ServiceProvider provider)
    {
        _provider = provider;
        Client = provider.GetRequiredService<ISmartStoreClient>();
    }

    public ISmartStoreClient Client { get; }

    /// <summary>A client of the platform application; <paramref name="settings"/> override the production defaults.</summary>
    public static GovernedSilo Create(
        Uri baseUrl, string clientId, string clientSecret, double share, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.BaseUrl)}"] = baseUrl.ToString(),
                [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.ClientId)}"] = clientId,
                [$"{SmartStoreOptions.SectionName}:{nameof(SmartStoreOptions.ClientSecret)}"] = clientSecret,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IRateShare>(new FixedRateShare(share))
            .AddSmartStoreClient(configuration);
        return new GovernedSilo(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    /// <summary>Fetches each seller's token before the clock starts, as a running silo already holds them.</summary>
    public async Task VerifyAsync(IEnumerable<SellerAccount> sellers)
    {
        foreach (var seller in sellers)
        {
            var result = await Client.VerifyAsync(SmartStoreCredentials.ForSolutionSeller(seller.AccountId), seller.AccountId, CancellationToken.None);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"No token for seller {seller.AccountId}: {result.Error}");
            }
        }
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
