using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bench;

/// <summary>Typed access to the simulator's <c>/_sim</c> control endpoints: applications, sellers, orders, counters.</summary>
internal sealed class SimulatorControl(HttpClient http)
{
    /// <summary>Creates an application limited to <paramref name="ratePerSecond"/> on every API.</summary>
    public async Task<(string ClientId, string ClientSecret)> CreateApplicationAsync(double ratePerSecond)
    {
        var body = await PostAsync("_sim/applications", new { ratePerSecond });
        return (body["clientId"]!.GetValue<string>(), body["clientSecret"]!.GetValue<string>());
    }

    /// <summary>Creates a seller account with one paid order.</summary>
    public async Task<SellerAccount> CreateSellerAsync()
    {
        var accountId = (await PostAsync("_sim/sellers", new { }))["accountId"]!.GetValue<string>();
        var orders = await PostAsync($"_sim/sellers/{accountId}/orders", new { count = 1 });
        return new SellerAccount(accountId, orders["productOrderIds"]![0]!.GetValue<string>());
    }

    /// <summary>The simulator's own count of requests of one application to one API, and of the 429s among them.</summary>
    public async Task<ApiCount> CountAsync(string clientId, string api)
    {
        var all = await http.GetFromJsonAsync<JsonObject>($"_sim/counters?clientId={Uri.EscapeDataString(clientId)}");
        var counter = all?[clientId]?[api];
        return counter is null
            ? new ApiCount(0, 0)
            : new ApiCount(counter["requests"]!.GetValue<long>(), counter["rateLimited"]!.GetValue<long>());
    }

    private async Task<JsonNode> PostAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }
}
