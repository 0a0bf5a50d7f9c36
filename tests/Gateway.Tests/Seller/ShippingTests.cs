using System.Net;
using Grains.Interfaces.Orders;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>The seller's SmartStore writes for a placed order: a corrected tracking number, one recorded by hand, 발송 지연.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ShippingTests(GatewayFixture fixture)
{
    private async Task<(SellerSession Seller, string Placed, string Waiting)> PlacedAsync()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 2);
        await seller.TopUpAsync(13_500);
        using var place = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = new[] { ids[0] } });
        Assert.True((await SellerAssert.OkAsync<List<PlaceResultDto>>(place))[0].Placed);
        return (seller, ids[0], ids[1]);
    }

    [Fact]
    public async Task ACorrectedTrackingNumberIsQueuedForSmartStore()
    {
        var (seller, placed, _) = await PlacedAsync();
        using var _ = seller;

        using var response = await seller.PutAsync($"/api/seller/orders/{placed}/smartstore-tracking", new { deliveryCompanyCode = "CJGLS", trackingNumber = "123456789012" });

        var order = await SellerAssert.OkAsync<OrderDto>(response);
        Assert.Equal(placed, order.ProductOrderId);
        Assert.Equal("Dispatch", order.SmartStore?.Pending);
    }

    [Fact]
    public async Task ATrackingNumberSetOnSmartStoreByHandIsRecorded()
    {
        var (seller, placed, _) = await PlacedAsync();
        using var _ = seller;

        using var response = await seller.PutAsync($"/api/seller/orders/{placed}/smartstore-tracking/recorded", new { deliveryCompanyCode = "HANJIN", trackingNumber = "5555-6666-7777" });

        var order = await SellerAssert.OkAsync<OrderDto>(response);
        Assert.Equal(new TrackingDto("HANJIN", "5555-6666-7777"), order.SmartStoreTracking);
        Assert.Equal(new TrackingDto("HANJIN", "5555-6666-7777"), (await seller.OrderAsync(placed)).SmartStoreTracking);
    }

    [Fact]
    public async Task TrackingForAnOrderNotPlacedIs409AndForAnotherSellersOrderIs403()
    {
        var (seller, placed, waiting) = await PlacedAsync();
        using var _ = seller;
        using var other = await SellerSession.CreateAsync(fixture);
        var body = new { deliveryCompanyCode = "CJGLS", trackingNumber = "123456789012" };

        using var notPlaced = await seller.PutAsync($"/api/seller/orders/{waiting}/smartstore-tracking", body);
        using var notPlacedRecord = await seller.PutAsync($"/api/seller/orders/{waiting}/smartstore-tracking/recorded", body);
        using var foreign = await other.PutAsync($"/api/seller/orders/{placed}/smartstore-tracking", body);

        await SellerAssert.ProblemAsync(notPlaced, HttpStatusCode.Conflict);
        await SellerAssert.ProblemAsync(notPlacedRecord, HttpStatusCode.Conflict);
        await SellerAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden, "NotYours");
        Assert.NotEqual("Dispatch", (await seller.OrderAsync(placed)).SmartStore?.Pending);
    }

    [Theory]
    [InlineData("""{"trackingNumber": "123456789012"}""", "deliveryCompanyCode")]
    [InlineData("""{"deliveryCompanyCode": "FEDEX", "trackingNumber": "123456789012"}""", "deliveryCompanyCode")]
    [InlineData("""{"deliveryCompanyCode": "CJGLS"}""", "trackingNumber")]
    [InlineData("""{"deliveryCompanyCode": "CJGLS", "trackingNumber": "123"}""", "trackingNumber")]
    [InlineData("""{"deliveryCompanyCode": "CJGLS", "trackingNumber": "'; DROP TABLE accounts;--"}""", "trackingNumber")]
    public async Task BadTrackingNumbersAre400(string body, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var send = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/orders/2025010100000001/smartstore-tracking", body);
        using var record = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/orders/2025010100000001/smartstore-tracking/recorded", body);

        await SellerAssert.InvalidAsync(send, field);
        await SellerAssert.InvalidAsync(record, field);
    }

    [Fact]
    public async Task ADispatchDelayIsQueuedForAPlacedOrderNotYetShipped()
    {
        var (seller, placed, waiting) = await PlacedAsync();
        using var _ = seller;
        var due = DateTimeOffset.UtcNow.AddDays(3);

        using var response = await seller.PostAsync($"/api/seller/orders/{placed}/dispatch-delay", new { dispatchDueDate = due, reason = "PRODUCT_PREPARE", detail = "공급사 입고 지연" });
        using var notPlaced = await seller.PostAsync($"/api/seller/orders/{waiting}/dispatch-delay", new { dispatchDueDate = due, reason = "PRODUCT_PREPARE", detail = "공급사 입고 지연" });

        var order = await SellerAssert.OkAsync<OrderDto>(response);
        Assert.Equal("Delay", order.SmartStore?.Pending);
        Assert.Equal(OrderStatus.Ordered, order.Status);
        await SellerAssert.ProblemAsync(notPlaced, HttpStatusCode.Conflict);
    }

    public static TheoryData<string, string> BadDelays { get; } = new()
    {
        { """{"reason": "ETC", "detail": "사유"}""", "dispatchDueDate" },
        { """{"dispatchDueDate": "2001-01-01T00:00:00+09:00", "reason": "ETC", "detail": "사유"}""", "dispatchDueDate" },
        { "{\"dispatchDueDate\": \"" + DateTimeOffset.UtcNow.AddDays(120).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\", \"reason\": \"ETC\", \"detail\": \"사유\"}", "dispatchDueDate" },
        { "{\"dispatchDueDate\": \"" + DateTimeOffset.UtcNow.AddDays(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\", \"reason\": \"LAZY\", \"detail\": \"사유\"}", "reason" },
        { "{\"dispatchDueDate\": \"" + DateTimeOffset.UtcNow.AddDays(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\", \"reason\": \"etc\", \"detail\": \"사유\"}", "reason" },
        { "{\"dispatchDueDate\": \"" + DateTimeOffset.UtcNow.AddDays(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\", \"reason\": \"ETC\", \"detail\": \"  \"}", "detail" },
        { "{\"dispatchDueDate\": \"" + DateTimeOffset.UtcNow.AddDays(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\", \"reason\": \"ETC\", \"detail\": \"" + new string('d', 201) + "\"}", "detail" },
    };

    [Theory]
    [MemberData(nameof(BadDelays))]
    public async Task BadDispatchDelaysAre400(string body, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Post, "/api/seller/orders/2025010100000001/dispatch-delay", body);

        await SellerAssert.InvalidAsync(response, field);
    }

    [Theory]
    [InlineData("""{"dispatchDueDate": "next week", "reason": "ETC", "detail": "사유"}""")]
    [InlineData("""{"dispatchDueDate": 20250101, "reason": "ETC", "detail": "사유"}""")]
    public async Task AMalformedDueDateIs400(string body)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Post, "/api/seller/orders/2025010100000001/dispatch-delay", body);

        await SellerAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
