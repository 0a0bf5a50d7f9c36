using System.Net;
using Grains.Interfaces.Orders;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>개별 주문 over HTTP: checked input, paid with points, idempotent by request id.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ManualOrderTests(GatewayFixture fixture)
{
    private static object Body(string requestId, string code, string? optionId = "opt-1", int quantity = 2, string? from = null) => new
    {
        requestId,
        productCode = code,
        optionId,
        quantity,
        recipient = new { name = "홍길동", phone = "010-1234-5678", zipCode = "06236", address = "서울특별시 강남구 테헤란로 1" },
        memo = "문 앞에 놓아 주세요",
        fromProductOrderId = from,
    };

    private async Task<(SellerSession Seller, string Code)> SellerWithProductAsync()
    {
        var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        return (seller, product.Code);
    }

    [Fact]
    public async Task AManualOrderIsPlacedAndPaidAndTheSameRequestIdNeverChargesTwice()
    {
        var (seller, code) = await SellerWithProductAsync();
        using var _ = seller;
        await seller.TopUpAsync(50_000);

        using var first = await seller.PostAsync("/api/seller/manual-orders", Body("req-1", code));
        using var second = await seller.PostAsync("/api/seller/manual-orders", Body("req-1", code));

        var placed = await SellerAssert.OkAsync<ManualOrderResultDto>(first);
        var repeated = await SellerAssert.OkAsync<ManualOrderResultDto>(second);
        Assert.Matches(@"^ON\d{14}$", placed.OnchOrderNo);
        Assert.Equal((10_500 * 2) + 3_000, placed.Amount);
        Assert.Equal(50_000 - 24_000, placed.Balance);
        Assert.Equal(placed, repeated);
        Assert.Equal(50_000 - 24_000, await seller.BalanceAsync());
        var order = await seller.OrderAsync(placed.ProductOrderId);
        Assert.True(order.Manual);
        Assert.Equal(OrderStatus.Ordered, order.Status);
        Assert.Equal("홍길동", order.Recipient.Name);
        Assert.Equal(2, order.Quantity);
    }

    [Fact]
    public async Task OneManualOrderPerCollectedOrderWhichThenShowsDuplicateAndCannotBePlaced()
    {
        var (seller, product, ids) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var _ = seller;
        await seller.TopUpAsync(100_000);

        using var first = await seller.PostAsync("/api/seller/manual-orders", Body("from-1", product.Code, from: ids[0]));
        using var second = await seller.PostAsync("/api/seller/manual-orders", Body("from-2", product.Code, from: ids[0]));
        using var place = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = ids });

        var placed = await SellerAssert.OkAsync<ManualOrderResultDto>(first);
        var problem = await SellerAssert.ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Contains("이미 개별 주문", problem.Detail, StringComparison.Ordinal);
        var source = await seller.OrderAsync(ids[0]);
        Assert.Equal(OrderStatus.CollectionFailed, source.Status);
        Assert.Contains(source.Errors, e => e.Code == OrderErrorCode.Duplicate && e.Message == "주문 건 중복 오류");
        Assert.False(Assert.Single(await SellerAssert.OkAsync<List<PlaceResultDto>>(place)).Placed);
        Assert.Equal(100_000 - placed.Amount, await seller.BalanceAsync());
    }

    [Fact]
    public async Task InsufficientPointsIs422WithPointsShortAndChargesNothingUntilATopUp()
    {
        var (seller, code) = await SellerWithProductAsync();
        using var _ = seller;
        await seller.TopUpAsync(10_000);

        using var refused = await seller.PostAsync("/api/seller/manual-orders", Body("req-short", code));

        var problem = await SellerAssert.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "InsufficientPoints");
        Assert.Equal("14000", SellerAssert.Extension(problem, "pointsShort"));
        Assert.Equal("24000", SellerAssert.Extension(problem, "amount"));
        Assert.Equal(10_000, await seller.BalanceAsync());

        await seller.TopUpAsync(14_000);
        using var retried = await seller.PostAsync("/api/seller/manual-orders", Body("req-short", code));
        Assert.Equal(0, (await SellerAssert.OkAsync<ManualOrderResultDto>(retried)).Balance);
    }

    [Fact]
    public async Task AnUnknownProductIs404AndAnotherSellersSourceOrderIs403()
    {
        var (seller, code) = await SellerWithProductAsync();
        using var _ = seller;
        var (other, _, otherIds) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var __ = other;
        await seller.TopUpAsync(100_000);

        using var unknownProduct = await seller.PostAsync("/api/seller/manual-orders", Body("req-a", "CH9999998"));
        using var foreignSource = await seller.PostAsync("/api/seller/manual-orders", Body("req-b", code, from: otherIds[0]));

        await SellerAssert.ProblemAsync(unknownProduct, HttpStatusCode.NotFound, "UnknownProduct");
        await SellerAssert.ProblemAsync(foreignSource, HttpStatusCode.Forbidden, "NotYours");
        Assert.Equal(100_000, await seller.BalanceAsync());
    }

    [Fact]
    public async Task AProductNotAppliedForIs409AndAnUnknownOptionIs400()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.TopUpAsync(100_000);

        using var notApplied = await seller.PostAsync("/api/seller/manual-orders", Body("req-c", product.Code));
        using var badOption = await seller.PostAsync("/api/seller/manual-orders", Body("req-d", product.Code, optionId: "opt-9"));
        using var noOption = await seller.PostAsync("/api/seller/manual-orders", Body("req-e", product.Code, optionId: null));

        await SellerAssert.ProblemAsync(notApplied, HttpStatusCode.Conflict, "NotOrderable");
        await SellerAssert.InvalidAsync(badOption, "optionId");
        await SellerAssert.InvalidAsync(noOption, "optionId");
        Assert.Equal(100_000, await seller.BalanceAsync());
    }

    public static TheoryData<string, string> BadBodies { get; } = new()
    {
        { Json("""  "requestId": "", """), "requestId" },
        { Json("""  "requestId": "has space", """), "requestId" },
        { Json("""  "requestId": "'; DROP TABLE accounts;--", """), "requestId" },
        { Json("\"requestId\": \"" + new string('r', 65) + "\","), "requestId" },
        { Json("""  "requestId": "r1", "productCode": "CH12", """, code: false), "productCode" },
        { Json("""  "requestId": "r1", "quantity": 0, """, quantity: false), "quantity" },
        { Json("""  "requestId": "r1", "quantity": 10000, """, quantity: false), "quantity" },
        { Json("""  "requestId": "r1", "recipient": null, """, recipient: false), "recipient" },
        { Json("""  "requestId": "r1", "recipient": {"name": "", "phone": "010-1234-5678", "zipCode": "06236", "address": "서울"}, """, recipient: false), "recipient.name" },
        { Json("""  "requestId": "r1", "recipient": {"name": "홍길동", "phone": "010-CALL-ME", "zipCode": "06236", "address": "서울"}, """, recipient: false), "recipient.phone" },
        { Json("""  "requestId": "r1", "recipient": {"name": "홍길동", "phone": "010-1234-5678", "zipCode": "6236", "address": "서울"}, """, recipient: false), "recipient.zipCode" },
        { Json("""  "requestId": "r1", "recipient": {"name": "홍길동", "phone": "010-1234-5678", "zipCode": "06236"}, """, recipient: false), "recipient.address" },
        { Json("\"requestId\": \"r1\", \"memo\": \"" + new string('m', 301) + "\","), "memo" },
        { Json("""  "requestId": "r1", "fromProductOrderId": "'; DROP TABLE accounts;--", """), "fromProductOrderId" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadManualOrdersAre400AndChargeNothing(string body, string field)
    {
        var (seller, code) = await SellerWithProductAsync();
        using var _ = seller;
        await seller.TopUpAsync(100_000);

        using var response = await seller.SendRawAsync(HttpMethod.Post, "/api/seller/manual-orders", body.Replace("CH_CODE", code, StringComparison.Ordinal));

        await SellerAssert.InvalidAsync(response, field);
        Assert.Equal(100_000, await seller.BalanceAsync());
        using var list = await seller.GetAsync("/api/seller/orders");
        Assert.Empty(await SellerAssert.OkAsync<List<OrderDto>>(list));
    }

    [Theory]
    [InlineData("""{"requestId": "r1", "quantity": "two"}""")]
    [InlineData("""{"requestId": "r1", "quantity": 2.5}""")]
    [InlineData("""{"requestId": ["r1"]}""")]
    [InlineData("{\"requestId\": \"r1\", ")]
    public async Task WrongTypesInAManualOrderAre400(string body)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Post, "/api/seller/manual-orders", body);

        await SellerAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    /// <summary>A manual-order body with <paramref name="head"/> first, then the default fields that it does not replace.</summary>
    private static string Json(string head, bool code = true, bool quantity = true, bool recipient = true) =>
        "{" + head
        + (code ? "\"productCode\": \"CH_CODE\"," : "")
        + "\"optionId\": \"opt-1\","
        + (quantity ? "\"quantity\": 1," : "")
        + (recipient ? "\"recipient\": {\"name\": \"홍길동\", \"phone\": \"010-1234-5678\", \"zipCode\": \"06236\", \"address\": \"서울특별시 강남구\"}," : "")
        + "\"x\": 0}";
}
