using SmartStoreSimulator.Client;
using SmartStoreSimulator.Control;

namespace SmartStore.Tests;

/// <summary>A fresh platform application, a seller served in solution mode, and a client for them.</summary>
public sealed class Scenario : IAsyncDisposable
{
    private Scenario(string clientId, string clientSecret, string accountId, TestClient client)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        AccountId = accountId;
        TestClient = client;
        Credentials = SmartStoreCredentials.ForSolutionSeller(accountId);
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string AccountId { get; }

    public SmartStoreCredentials Credentials { get; }

    public TestClient TestClient { get; }

    public ISmartStoreClient Client => TestClient.Client;

    public static Task<Scenario> CreateAsync(
        SimulatorFixture simulator, double ratePerSecond = 500, TimeProvider? time = null, IDictionary<string, string?>? settings = null, double? tokenLifetimeSeconds = null) =>
        CreateAsync(simulator.BaseUrl, simulator.Control, ratePerSecond, time, settings, tokenLifetimeSeconds);

    /// <summary>The same against a simulator of the test's own (one whose clock, feed or tolerance the test changes).</summary>
    public static async Task<Scenario> CreateAsync(
        Uri baseUrl, SimulatorClient control, double ratePerSecond = 500, TimeProvider? time = null, IDictionary<string, string?>? settings = null, double? tokenLifetimeSeconds = null)
    {
        var (clientId, clientSecret) = await control.CreateApplicationAsync(
            new CreateApplicationRequest(null, null, null, ratePerSecond, null, tokenLifetimeSeconds));
        var accountId = await control.CreateSellerAsync();
        var client = TestClient.Create(baseUrl, clientId, clientSecret, time: time, settings: settings);
        return new Scenario(clientId, clientSecret, accountId, client);
    }

    public ValueTask DisposeAsync() => TestClient.DisposeAsync();
}
