using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grains.Tests.Collection;

/// <summary>Typed access to the simulator's <c>/_sim</c> control endpoints.</summary>
public sealed class SimulatorControl : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    public SimulatorControl(Uri baseUrl)
    {
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task<(string ClientId, string ClientSecret)> CreateApplicationAsync(double ratePerSecond = 1000, string? ownerAccountId = null)
    {
        var body = await PostAsync("_sim/applications", new { ratePerSecond, ownerAccountId });
        return (body["clientId"]!.GetValue<string>(), body["clientSecret"]!.GetValue<string>());
    }

    public async Task<string> CreateSellerAsync(string? accountId = null) =>
        (await PostAsync("_sim/sellers", new { accountId }))["accountId"]!.GetValue<string>();

    /// <summary>Changes the order generator's rate (new paid orders per generator seller per minute).</summary>
    public async Task SetGeneratorRateAsync(double ordersPerMinute)
    {
        using var response = await _http.PutAsJsonAsync("_sim/generator", new { ordersPerMinute }, Web);
        Assert.True(response.IsSuccessStatusCode, $"PUT _sim/generator answered {(int)response.StatusCode}");
    }

    /// <summary>Adds paid orders; returns their product order ids.</summary>
    public async Task<List<string>> AddOrdersAsync(
        string accountId, int count, string? sellerProductCode, string productOption = "", int quantity = 1, DateTimeOffset? paidAt = null)
    {
        var body = await PostAsync($"_sim/sellers/{accountId}/orders", new
        {
            count,
            paymentFrom = paidAt,
            paymentTo = paidAt,
            sellerProductCode,
            productName = "테스트 상품",
            productOption,
            quantity,
        });
        return [.. body["productOrderIds"]!.AsArray().Select(id => id!.GetValue<string>())];
    }

    public Task CancelAsync(string productOrderId, bool requestOnly = false) =>
        PostAsync($"_sim/orders/{productOrderId}/cancel", new { requestOnly });

    /// <summary>Arms a fault answering the next <paramref name="count"/> calls of an application to one API.</summary>
    public Task InjectErrorAsync(string clientId, string api, int status, string code, int count) =>
        PostAsync("_sim/faults", new { clientId, api, kind = "ServerError", count, status, code });

    /// <summary>Delays the next <paramref name="count"/> calls of an application to one API.</summary>
    public Task InjectLatencyAsync(string clientId, string api, int latencyMs, int count = 1) =>
        PostAsync("_sim/faults", new { clientId, api, kind = "Latency", count, latencyMs });

    public Task DeliverAsync(string productOrderId) => PostAsync($"_sim/orders/{productOrderId}/deliver", new { });

    public void Dispose() => _http.Dispose();

    private async Task<JsonObject> PostAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body, Web);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }
}
