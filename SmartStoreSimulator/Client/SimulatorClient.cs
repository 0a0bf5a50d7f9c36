using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SmartStoreSimulator.Control;
using SmartStoreSimulator.Domain;
using SmartStoreSimulator.Generator;

namespace SmartStoreSimulator.Client;

/// <summary>
/// Typed client of the simulator's <c>/_sim</c> control endpoints, for tests, the demo and benchmarks. The request and
/// response bodies are the simulator's own contract types, so the two sides cannot drift apart. Every failed call
/// throws an <see cref="HttpRequestException"/> naming the request, the status and the body.
/// </summary>
public sealed class SimulatorClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>A client with its own <see cref="HttpClient"/> for the simulator at <paramref name="baseUrl"/>.</summary>
    public SimulatorClient(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        _ownsHttp = true;
    }

    /// <summary>A client over <paramref name="http"/>, whose base address is the simulator; the caller disposes it.</summary>
    public SimulatorClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
    }

    /// <summary>Creates an application limited to <paramref name="ratePerSecond"/> on every API; with an owner it is that seller's own application.</summary>
    public Task<(string ClientId, string ClientSecret)> CreateApplicationAsync(double ratePerSecond = 1000, string? ownerAccountId = null) =>
        CreateApplicationAsync(new CreateApplicationRequest(null, null, ownerAccountId, ratePerSecond, null, null));

    /// <summary>Creates an application with every setting of <c>POST /_sim/applications</c> (per-API rates, token lifetime).</summary>
    public async Task<(string ClientId, string ClientSecret)> CreateApplicationAsync(CreateApplicationRequest request)
    {
        var created = await SendAsync<CreatedApplication>(HttpMethod.Post, "_sim/applications", request);
        return (created.ClientId, created.ClientSecret);
    }

    /// <summary>Changes an application's limits.</summary>
    public Task SetRatesAsync(string clientId, RatesRequest request) =>
        SendAsync(HttpMethod.Put, $"_sim/applications/{Escape(clientId)}/rates", request);

    /// <summary>Revokes every token of the application: its next calls get <c>401 GW.AUTHN</c>.</summary>
    public Task RevokeTokensAsync(string clientId) =>
        SendAsync(HttpMethod.Post, $"_sim/applications/{Escape(clientId)}/revoke-tokens", null);

    /// <summary>Creates a seller account (a random id when null); returns its account id.</summary>
    public async Task<string> CreateSellerAsync(string? accountId = null) =>
        (await SendAsync<CreatedSeller>(HttpMethod.Post, "_sim/sellers", new CreateSellerRequest(accountId))).AccountId;

    /// <summary>Adds paid orders of one product, all paid at <paramref name="paidAt"/> (now when null); returns their ids.</summary>
    public Task<List<string>> AddOrdersAsync(
        string accountId, int count, string? sellerProductCode, string productOption = "", int quantity = 1, DateTimeOffset? paidAt = null) =>
        AddOrdersAsync(accountId, new AddOrdersRequest(count, paidAt, paidAt, sellerProductCode, "테스트 상품", productOption, quantity));

    /// <summary>Adds paid orders with sample products, payment times spread evenly over [from, to]; returns their ids.</summary>
    public Task<List<string>> AddOrdersAsync(string accountId, int count, DateTimeOffset? paymentFrom = null, DateTimeOffset? paymentTo = null) =>
        AddOrdersAsync(accountId, new AddOrdersRequest(count, paymentFrom, paymentTo, null, null, null, null));

    /// <summary>Adds paid orders as <c>POST /_sim/sellers/{accountId}/orders</c> takes them; returns their ids.</summary>
    public async Task<List<string>> AddOrdersAsync(string accountId, AddOrdersRequest request) =>
        [.. (await SendAsync<CreatedOrders>(HttpMethod.Post, $"_sim/sellers/{Escape(accountId)}/orders", request)).ProductOrderIds];

    /// <summary>Every order the simulator holds for the seller.</summary>
    public Task<List<SimOrderView>> GetOrdersAsync(string accountId) =>
        SendAsync<List<SimOrderView>>(HttpMethod.Get, $"_sim/sellers/{Escape(accountId)}/orders", null);

    /// <summary>One order as the simulator holds it, with its confirm, dispatch and delay counts.</summary>
    public Task<SimOrderView> GetOrderAsync(string productOrderId) =>
        SendAsync<SimOrderView>(HttpMethod.Get, $"_sim/orders/{Escape(productOrderId)}", null);

    /// <summary>The buyer cancels (<c>CANCEL_DONE</c>) or asks to cancel (<c>CANCEL_REQUEST</c>).</summary>
    public Task CancelAsync(string productOrderId, bool requestOnly = false) =>
        SendAsync(HttpMethod.Post, $"_sim/orders/{Escape(productOrderId)}/cancel", new CancelRequest(requestOnly));

    /// <summary>The seller or Naver rejects a cancel request (<c>CANCEL_REJECT</c>); the order ships again.</summary>
    public Task RejectCancelAsync(string productOrderId) =>
        SendAsync(HttpMethod.Post, $"_sim/orders/{Escape(productOrderId)}/cancel-reject", null);

    /// <summary>The buyer withdraws a cancel request (claim cleared); the order ships again.</summary>
    public Task WithdrawCancelAsync(string productOrderId) =>
        SendAsync(HttpMethod.Post, $"_sim/orders/{Escape(productOrderId)}/cancel-withdraw", null);

    /// <summary>The buyer changes the shipping address (<c>DELIVERY_ADDRESS_CHANGED</c>).</summary>
    public Task ChangeAddressAsync(string productOrderId, AddressChangeRequest request) =>
        SendAsync(HttpMethod.Post, $"_sim/orders/{Escape(productOrderId)}/address", request);

    /// <summary>A dispatched order is delivered.</summary>
    public Task DeliverAsync(string productOrderId) =>
        SendAsync(HttpMethod.Post, $"_sim/orders/{Escape(productOrderId)}/deliver", null);

    /// <summary>Arms a fault as <c>POST /_sim/faults</c> takes it.</summary>
    public Task InjectFaultAsync(FaultRequest request) => SendAsync(HttpMethod.Post, "_sim/faults", request);

    /// <summary>Arms a fault answering the next <paramref name="count"/> calls of an application to one API.</summary>
    public Task InjectErrorAsync(string clientId, string api, int status, string code, int count) =>
        InjectFaultAsync(new FaultRequest(clientId, api, FaultKind.ServerError, count, Status: status, Code: code));

    /// <summary>Delays the next <paramref name="count"/> calls of an application to one API.</summary>
    public Task InjectLatencyAsync(string clientId, string api, int latencyMs, int count = 1) =>
        InjectFaultAsync(new FaultRequest(clientId, api, FaultKind.Latency, count, LatencyMs: latencyMs));

    /// <summary>
    /// Makes <c>POST .../query</c> leave <paramref name="productOrderIds"/> out of its answers, for the next
    /// <paramref name="count"/> queries or, when null, until <see cref="ClearFaultsAsync"/>.
    /// </summary>
    public Task OmitFromQueryAsync(IReadOnlyList<string> productOrderIds, int? count = null, string? clientId = null) =>
        InjectFaultAsync(new FaultRequest(clientId, null, FaultKind.OmitFromQuery, count, ProductOrderIds: productOrderIds));

    /// <summary>Disarms every fault.</summary>
    public Task ClearFaultsAsync() => SendAsync(HttpMethod.Delete, "_sim/faults", null);

    /// <summary>Counters of one application per API name (<c>token</c>, <c>query</c>, <c>delay</c>...).</summary>
    public async Task<Dictionary<string, CounterSnapshot>> CountersAsync(string clientId)
    {
        var all = await SendAsync<Dictionary<string, Dictionary<string, CounterSnapshot>>>(
            HttpMethod.Get, $"_sim/counters?clientId={Escape(clientId)}", null);
        return all.TryGetValue(clientId, out var mine) ? mine : [];
    }

    /// <summary>Requests the simulator received from one application for one API, including refused ones.</summary>
    public async Task<long> RequestsAsync(string clientId, string api) =>
        (await CountersAsync(clientId)).TryGetValue(api, out var counter) ? counter.Requests : 0;

    /// <summary>Shifts the simulator's clock: every <c>timestamp</c> it answers, new changes and the token timestamp check.</summary>
    public Task SetClockOffsetAsync(TimeSpan offset) =>
        SendAsync(HttpMethod.Put, "_sim/clock", new ClockRequest(offset.TotalMilliseconds));

    /// <summary>Makes changes appear in <c>last-changed-statuses</c> only <paramref name="lag"/> after they happen.</summary>
    public Task SetFeedLagAsync(TimeSpan lag) =>
        SendAsync(HttpMethod.Put, "_sim/feed", new FeedRequest(lag.TotalMilliseconds));

    /// <summary>The order generator's current settings.</summary>
    public Task<GeneratorSnapshot> GetGeneratorAsync() => SendAsync<GeneratorSnapshot>(HttpMethod.Get, "_sim/generator", null);

    /// <summary>Changes the order generator; null fields stay.</summary>
    public Task<GeneratorSnapshot> SetGeneratorAsync(GeneratorRequest request) =>
        SendAsync<GeneratorSnapshot>(HttpMethod.Put, "_sim/generator", request);

    /// <summary>Changes the order generator's rate (new paid orders per generator seller per minute).</summary>
    public Task SetGeneratorRateAsync(double ordersPerMinute) => SetGeneratorAsync(new GeneratorRequest(null, null, ordersPerMinute));

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body)
    {
        var text = await SendAsync(method, path, body);
        return JsonSerializer.Deserialize<T>(text, Json)
            ?? throw new HttpRequestException($"{method} {path} answered an empty body where {typeof(T).Name} was expected");
    }

    private async Task<string> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? text
            : throw new HttpRequestException(
                string.Create(CultureInfo.InvariantCulture, $"{method} {path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {text}"),
                null,
                response.StatusCode);
    }

    private sealed record CreatedApplication(string ClientId, string ClientSecret);

    private sealed record CreatedSeller(string AccountId);

    private sealed record CreatedOrders(List<string> ProductOrderIds);
}
