using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartStoreSimulator;

namespace SmartStore.Tests;

/// <summary>One simulator on a free loopback port for the whole collection, plus typed access to its controls.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private SimulatorHost? _host;

    public Uri BaseUrl => _host?.BaseUrl ?? throw new InvalidOperationException("The simulator is not started");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(0);
        Http.BaseAddress = _host.BaseUrl;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public async Task<(string ClientId, string ClientSecret)> CreateApplicationAsync(
        double ratePerSecond = 500, string? ownerAccountId = null, double? tokenLifetimeSeconds = null)
    {
        var body = await PostAsync("_sim/applications", new { ratePerSecond, ownerAccountId, tokenLifetimeSeconds });
        return (body["clientId"]!.GetValue<string>(), body["clientSecret"]!.GetValue<string>());
    }

    public async Task<string> CreateSellerAsync() =>
        (await PostAsync("_sim/sellers", new { }))["accountId"]!.GetValue<string>();

    public async Task<List<string>> AddOrdersAsync(
        string accountId, int count, DateTimeOffset? paymentFrom = null, DateTimeOffset? paymentTo = null)
    {
        var body = await PostAsync($"_sim/sellers/{accountId}/orders", new { count, paymentFrom, paymentTo });
        return body["productOrderIds"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
    }

    public async Task<JsonObject> GetOrderAsync(string productOrderId) =>
        (await Http.GetFromJsonAsync<JsonObject>($"_sim/orders/{productOrderId}"))!;

    public Task CancelAsync(string productOrderId, bool requestOnly = false) =>
        PostAsync($"_sim/orders/{productOrderId}/cancel", new { requestOnly });

    public Task DeliverAsync(string productOrderId) => PostAsync($"_sim/orders/{productOrderId}/deliver", new { });

    public async Task InjectFaultAsync(string clientId, string api, string kind, int count = 1, int? status = null, string? code = null, int? latencyMs = null, bool afterProcessing = false)
    {
        using var response = await Http.PostAsJsonAsync("_sim/faults", new { clientId, api, kind, count, status, code, latencyMs, afterProcessing });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Counters of one application: api name → (requests, 429s from the limiter, injected faults).</summary>
    public async Task<Dictionary<string, (long Requests, long RateLimited, long Faults)>> CountersAsync(string clientId)
    {
        var all = await Http.GetFromJsonAsync<JsonObject>($"_sim/counters?clientId={Uri.EscapeDataString(clientId)}");
        var mine = all![clientId]?.AsObject();
        return mine is null
            ? []
            : mine.ToDictionary(
                pair => pair.Key,
                pair => (pair.Value!["requests"]!.GetValue<long>(), pair.Value!["rateLimited"]!.GetValue<long>(), pair.Value!["faults"]!.GetValue<long>()));
    }

    public async Task<long> RequestsAsync(string clientId, string api) =>
        (await CountersAsync(clientId)).TryGetValue(api, out var counter) ? counter.Requests : 0;

    private async Task<JsonObject> PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync(path, body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
