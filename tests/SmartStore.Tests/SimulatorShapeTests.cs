using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartStore.Tests;

/// <summary>The simulator speaks the documented wire format, checked with raw HTTP rather than through the client.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class SimulatorShapeTests(SimulatorFixture simulator)
{
    private const string Orders = "v1/pay-order/seller/product-orders";

    [Fact]
    public async Task TheTokenResponseHasTheDocumentedFields()
    {
        var (clientId, secret) = await simulator.Control.CreateApplicationAsync();
        var seller = await simulator.Control.CreateSellerAsync();

        var (status, body) = await RequestTokenAsync(clientId, secret, seller, DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrEmpty(body["access_token"]!.GetValue<string>()));
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.InRange(body["expires_in"]!.GetValue<long>(), 10_790, 10_800);
    }

    [Fact]
    public async Task AStaleTimestampIsAValidationError()
    {
        var (clientId, secret) = await simulator.Control.CreateApplicationAsync();
        var seller = await simulator.Control.CreateSellerAsync();

        var (status, body) = await RequestTokenAsync(clientId, secret, seller, DateTimeOffset.UtcNow.AddMinutes(-6));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", body["code"]!.GetValue<string>());
        Assert.Equal("timestamp", body["invalidInputs"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangedStatusesKeepMoreInsideDataAndOmitDataForAnEmptyWindow()
    {
        var (http, seller) = await AuthorizedAsync();
        var now = DateTimeOffset.UtcNow;
        await simulator.Control.AddOrdersAsync(seller, 3, now.AddMinutes(-3), now.AddMinutes(-1));

        var empty = await GetJsonAsync(http, $"{Orders}/last-changed-statuses?lastChangedFrom={Kst(now.AddHours(-5))}&lastChangedTo={Kst(now.AddHours(-4))}");
        var page = await GetJsonAsync(http, $"{Orders}/last-changed-statuses?lastChangedFrom={Kst(now.AddHours(-1))}&limitCount=2");

        Assert.Equal(["timestamp", "traceId"], empty.Select(p => p.Key).Order(StringComparer.Ordinal));
        var data = page["data"]!;
        Assert.Equal(2, data["count"]!.GetValue<int>());
        Assert.Equal(2, data["lastChangeStatuses"]!.AsArray().Count);
        Assert.Null(page["more"]);
        Assert.Null(data["lastChangedStatuses"]);
        var more = data["more"]!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+09:00$", more["moreFrom"]!.GetValue<string>());
        Assert.Matches(@"^\d{16}$", more["moreSequence"]!.GetValue<string>());
        var item = data["lastChangeStatuses"]![0]!;
        Assert.Equal(JsonValueKind.String, item["productOrderId"]!.GetValueKind());
        foreach (var field in new[] { "orderId", "lastChangedType", "lastChangedDate", "paymentDate", "productOrderStatus", "receiverAddressChanged" })
        {
            Assert.NotNull(item[field]);
        }
    }

    [Fact]
    public async Task ConditionsListingAndQueryReturnOrderProductOrderAndDetailedAddress()
    {
        var (http, seller) = await AuthorizedAsync();
        var now = DateTimeOffset.UtcNow;
        var ids = await simulator.Control.AddOrdersAsync(seller, 2, now.AddMinutes(-2), now.AddMinutes(-1));

        var listing = await GetJsonAsync(http, $"{Orders}?from={Kst(now.AddHours(-1))}&rangeType=PAYED_DATETIME&productOrderStatuses=PAYED&placeOrderStatusType=NOT_YET&pageSize=1&page=1");
        using var queryResponse = await http.PostAsJsonAsync($"{Orders}/query", new { productOrderIds = ids });
        var query = (await queryResponse.Content.ReadFromJsonAsync<JsonObject>())!;

        var data = listing["data"]!;
        Assert.True(data["pagination"]!["hasNext"]!.GetValue<bool>());
        Assert.Equal(1, data["pagination"]!["size"]!.GetValue<int>());
        var entry = data["contents"]![0]!;
        Assert.Equal(ids[0], entry["productOrderId"]!.GetValue<string>());
        var address = entry["content"]!["productOrder"]!["shippingAddress"]!;
        Assert.NotNull(address["detailedAddress"]);
        Assert.Null(address["detailAddress"]);
        Assert.Equal(2, query["data"]!.AsArray().Count);
        Assert.Equal(ids[1], query["data"]![1]!["productOrder"]!["productOrderId"]!.GetValue<string>());
        Assert.NotNull(query["data"]![1]!["order"]!["paymentDate"]);
    }

    [Fact]
    public async Task ConfirmAndDispatchUseTheirDifferentDocumentedShapes()
    {
        var (http, seller) = await AuthorizedAsync();
        var ids = await simulator.Control.AddOrdersAsync(seller, 1);

        using var confirmResponse = await http.PostAsJsonAsync($"{Orders}/confirm", new { productOrderIds = ids });
        var confirm = (await confirmResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        var dispatchBody = new { dispatchProductOrders = new[] { new { productOrderId = ids[0], deliveryMethod = "DELIVERY", deliveryCompanyCode = "CJGLS", trackingNumber = "123412341234", dispatchDate = Kst(DateTimeOffset.UtcNow, escape: false) } } };
        using var dispatchResponse = await http.PostAsJsonAsync($"{Orders}/dispatch", dispatchBody);
        var dispatch = (await dispatchResponse.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(ids[0], confirm["data"]!["successProductOrderInfos"]![0]!["productOrderId"]!.GetValue<string>());
        Assert.False(confirm["data"]!["successProductOrderInfos"]![0]!["isReceiverAddressChanged"]!.GetValue<bool>());
        Assert.Empty(confirm["data"]!["failProductOrderInfos"]!.AsArray());
        Assert.Equal(ids[0], dispatch["data"]!["successProductOrderIds"]![0]!.GetValue<string>());
        Assert.Empty(dispatch["data"]!["failProductOrderInfos"]!.AsArray());
    }

    [Fact]
    public async Task BadRequestsGetNaverErrorBodies()
    {
        var (http, _) = await AuthorizedAsync();
        var now = DateTimeOffset.UtcNow;

        using var malformed = await http.PostAsync($"{Orders}/query", new StringContent("{\"productOrderIds\":[", Encoding.UTF8, "application/json"));
        using var plus = await http.GetAsync($"{Orders}/last-changed-statuses?lastChangedFrom={Kst(now.AddHours(-1), escape: false)}");
        using var tooLong = await http.GetAsync($"{Orders}/last-changed-statuses?lastChangedFrom={Kst(now.AddHours(-25))}&lastChangedTo={Kst(now)}");
        using var unknownPath = await http.GetAsync("v1/pay-order/seller/nothing");
        using var anonymous = await simulator.Http.GetAsync($"{Orders}/last-changed-statuses?lastChangedFrom={Kst(now.AddHours(-1))}");

        await AssertErrorAsync(malformed, HttpStatusCode.BadRequest, "000400");
        await AssertErrorAsync(plus, HttpStatusCode.BadRequest, "104133");
        await AssertErrorAsync(tooLong, HttpStatusCode.BadRequest, "104139");
        await AssertErrorAsync(unknownPath, HttpStatusCode.NotFound, "GW.NOT_FOUND");
        await AssertErrorAsync(anonymous, HttpStatusCode.Unauthorized, "GW.AUTHN");
    }

    [Fact]
    public async Task TheLimiterReportsItsStateInHeadersAndAnswers429WhenExceeded()
    {
        var (http, _, clientId) = await AuthorizedWithApplicationAsync(ratePerSecond: 1);
        var url = $"{Orders}/last-changed-statuses?lastChangedFrom={Kst(DateTimeOffset.UtcNow.AddHours(-1))}";

        using var first = await http.GetAsync(url);
        using var second = await http.GetAsync(url);
        using var third = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("1", first.Headers.GetValues("GNCP-GW-RateLimit-Replenish-Rate").Single());
        Assert.Equal("2", first.Headers.GetValues("GNCP-GW-RateLimit-Burst-Capacity").Single());
        Assert.Equal("1", first.Headers.GetValues("GNCP-GW-RateLimit-Remaining").Single());
        Assert.NotEmpty(first.Headers.GetValues("GNCP-GW-Trace-ID").Single());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await AssertErrorAsync(third, HttpStatusCode.TooManyRequests, "GW.RATE_LIMIT");
        Assert.Equal(1, (await simulator.Control.CountersAsync(clientId))["last-changed-statuses"].RateLimited);
    }

    private async Task<(HttpClient Http, string Seller)> AuthorizedAsync()
    {
        var (http, seller, _) = await AuthorizedWithApplicationAsync(500);
        return (http, seller);
    }

    private async Task<(HttpClient Http, string Seller, string ClientId)> AuthorizedWithApplicationAsync(double ratePerSecond)
    {
        var (clientId, secret) = await simulator.Control.CreateApplicationAsync(ratePerSecond);
        var seller = await simulator.Control.CreateSellerAsync();
        var (_, token) = await RequestTokenAsync(clientId, secret, seller, DateTimeOffset.UtcNow);
        var http = new HttpClient { BaseAddress = simulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token["access_token"]!.GetValue<string>());
        return (http, seller, clientId);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> RequestTokenAsync(string clientId, string secret, string seller, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var sign = Convert.ToBase64String(Encoding.UTF8.GetBytes(BCrypt.Net.BCrypt.HashPassword($"{clientId}_{timestamp}", secret)));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["timestamp"] = timestamp,
            ["grant_type"] = "client_credentials",
            ["client_secret_sign"] = sign,
            ["type"] = "SELLER",
            ["account_id"] = seller,
        });
        using var response = await simulator.Http.PostAsync("v1/oauth2/token", form);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static async Task<JsonObject> GetJsonAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((status, code), (response.StatusCode, body["code"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(body["message"]!.GetValue<string>()));
        Assert.NotNull(body["timestamp"]);
        Assert.NotNull(body["traceId"]);
    }

    private static string Kst(DateTimeOffset value, bool escape = true)
    {
        var text = value.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        return escape ? Uri.EscapeDataString(text) : text;
    }
}
