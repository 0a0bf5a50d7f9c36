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
        var accountId = await CreateAccountAsync();
        var orders = await AddOrdersAsync(accountId, new { count = 1 });
        return new SellerAccount(accountId, orders[0]);
    }

    /// <summary>Creates a seller account without orders; returns its account id.</summary>
    public async Task<string> CreateAccountAsync() => (await PostAsync("_sim/sellers", new { }))["accountId"]!.GetValue<string>();

    /// <summary>Adds paid orders (body as <c>POST /_sim/sellers/{accountId}/orders</c> takes it); returns their ids.</summary>
    public async Task<List<string>> AddOrdersAsync(string accountId, object body) =>
        [.. (await PostAsync($"_sim/sellers/{accountId}/orders", body))["productOrderIds"]!.AsArray().Select(id => id!.GetValue<string>())];

    /// <summary>The ids of every order the simulator holds for the seller.</summary>
    public async Task<List<string>> OrderIdsAsync(string accountId)
    {
        var orders = await http.GetFromJsonAsync<JsonArray>($"_sim/sellers/{Uri.EscapeDataString(accountId)}/orders");
        return [.. orders!.Select(order => order!["productOrderId"]!.GetValue<string>())];
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
