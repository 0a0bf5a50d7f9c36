using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ProcessCluster;

/// <summary>
/// The gateway's public HTTP API (http-api.md) as the operator, a seller and a supplier use it; every call answers an
/// <see cref="ApiAnswer"/> and never throws for a failed connection, so callers decide what to retry.
/// </summary>
public sealed class GatewayApi : IDisposable
{
    private readonly HttpClient _http;

    public GatewayApi(Uri baseAddress, string? token = null)
    {
        BaseAddress = baseAddress;
        Token = token;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public Uri BaseAddress { get; }

    /// <summary>The bearer token sent, if any.</summary>
    public string? Token { get; }

    /// <summary>The same gateway address with a bearer token.</summary>
    public GatewayApi As(string token) => new(BaseAddress, token);

    /// <summary>Logs in and returns the access token; throws when refused.</summary>
    public async Task<string> LoginAsync(string loginId, string password)
    {
        var answer = await RetryTransientAsync(() => SendAsync(HttpMethod.Post, "api/auth/token", new { loginId, password }), TimeSpan.FromSeconds(60), $"login of {loginId}");
        return answer.Json.GetProperty("accessToken").GetString()!;
    }

    public Task<ApiAnswer> CreateSellerAsync(string sellerId, string password) =>
        SendAsync(HttpMethod.Post, "api/operator/sellers", new { sellerId, password, name = "판매자 " + sellerId });

    public Task<ApiAnswer> CreateSupplierAsync(string supplierId, string password) =>
        SendAsync(HttpMethod.Post, "api/operator/suppliers", new { supplierId, password, name = "공급사 " + supplierId });

    /// <summary>A product without options of <paramref name="supplierId"/>.</summary>
    public Task<ApiAnswer> UpsertProductAsync(string code, string supplierId, long supplyPrice, long shippingFee) =>
        SendAsync(HttpMethod.Put, $"api/operator/products/{code}", new
        {
            name = "상품 " + code,
            imageUrl = $"https://img.example.com/{code}.jpg",
            supplierId,
            supplyPrice,
            shippingFee,
            minQuantity = 1,
            status = "OnSale",
            options = Array.Empty<object>(),
        });

    public Task<ApiAnswer> TopUpAsync(string sellerId, long amount, string requestId) =>
        SendAsync(HttpMethod.Post, $"api/operator/sellers/{sellerId}/points", new { amount, memo = "테스트 충전", requestId });

    public Task<ApiAnswer> RegisterSmartStoreAsync(string accountId) =>
        SendAsync(HttpMethod.Put, "api/seller/smartstore-account", new { mode = "solution", accountId });

    public Task<ApiAnswer> ApplyForSaleAsync(IReadOnlyList<string> productCodes) =>
        SendAsync(HttpMethod.Post, "api/seller/sale-applications", new { productCodes });

    public Task<ApiAnswer> UpdateSettingsAsync(bool autoCollect, bool autoOrder) =>
        SendAsync(HttpMethod.Put, "api/seller/settings", new { autoCollect, autoOrder });

    public Task<ApiAnswer> CollectAsync() => SendAsync(HttpMethod.Post, "api/seller/collect", null);

    public Task<ApiAnswer> PlaceAsync(IReadOnlyList<string> productOrderIds) =>
        SendAsync(HttpMethod.Post, "api/seller/orders/place", new { productOrderIds });

    public Task<ApiAnswer> EnterTrackingAsync(string onchOrderNo, string deliveryCompanyCode, string trackingNumber) =>
        SendAsync(HttpMethod.Put, $"api/supplier/orders/{onchOrderNo}/tracking", new { deliveryCompanyCode, trackingNumber });

    public Task<ApiAnswer> PointsAsync() => SendAsync(HttpMethod.Get, "api/seller/points", null);

    /// <summary>Sends one request; a failed connection or a timeout answers status 0 with the error.</summary>
    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        try
        {
            using var response = await _http.SendAsync(request);
            return new ApiAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new ApiAnswer(0, e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>
    /// Sends until the answer is not transient (what a client does while a node restarts); throws when the answer is
    /// an error or <paramref name="timeout"/> passes.
    /// </summary>
    public static async Task<ApiAnswer> RetryTransientAsync(Func<Task<ApiAnswer>> send, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(send);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await send();
            if (answer.Succeeded)
            {
                return answer;
            }

            if (!answer.Transient)
            {
                throw new InvalidOperationException($"{what} refused: {answer}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{what}: no answer within {timeout.TotalSeconds:0} s, the last {answer}");
            }

            await Task.Delay(200);
        }
    }

    public void Dispose() => _http.Dispose();
}
