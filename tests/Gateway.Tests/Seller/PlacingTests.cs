using System.Net;
using Grains.Interfaces.Orders;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>발주하기 over HTTP: in the order given, paid once, other sellers' ids answered as not found.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PlacingTests(GatewayFixture fixture)
{
    [Fact]
    public async Task PlacingChargesThePointsOnceAndAnswersEachOrderInTheOrderGiven()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 2);
        using var _ = seller;
        await seller.TopUpAsync(30_000);
        var order = new[] { ids[1], ids[0] };

        using var response = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = order });
        using var again = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = order });

        var results = await SellerAssert.OkAsync<List<PlaceResultDto>>(response);
        var repeated = await SellerAssert.OkAsync<List<PlaceResultDto>>(again);
        Assert.Equal(order, results.Select(r => r.ProductOrderId));
        Assert.All(results, r =>
        {
            Assert.True(r.Placed, r.Error?.Message);
            Assert.Matches(@"^ON\d{14}$", r.OnchOrderNo);
            Assert.Equal(13_500, r.Amount);
            Assert.Null(r.Error);
        });
        Assert.Equal(results.Select(r => r.OnchOrderNo), repeated.Select(r => r.OnchOrderNo));
        Assert.Equal(30_000 - 27_000, await seller.BalanceAsync());
        var placed = await seller.OrderAsync(ids[0]);
        Assert.Equal(OrderStatus.Ordered, placed.Status);
        Assert.Equal(results[1].OnchOrderNo, placed.OnchOrderNo);
    }

    [Fact]
    public async Task WhenPointsRunOutTheEarlierOrdersArePlacedAndTheRestAreNotChargedWithPointsShort()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 3);
        using var _ = seller;
        await seller.TopUpAsync(20_000);

        using var response = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = ids });

        var results = await SellerAssert.OkAsync<List<PlaceResultDto>>(response);
        Assert.True(results[0].Placed);
        Assert.False(results[1].Placed);
        Assert.Equal(TransitionErrorCode.InsufficientPoints, results[1].Error?.Code);
        Assert.Equal(13_500 - 6_500, results[1].PointsShort);
        Assert.Equal(13_500, results[1].Amount);
        Assert.False(results[2].Placed);
        Assert.Equal(6_500, await seller.BalanceAsync());
        var waiting = await seller.OrderAsync(ids[1]);
        Assert.Equal(OrderStatus.Waiting, waiting.Status);
        Assert.Contains(waiting.Errors, e => e.Code == OrderErrorCode.InsufficientPoints);
    }

    [Fact]
    public async Task AnotherSellersAndUnknownIdsComeBackNotFoundAndAreLeftAlone()
    {
        var (owner, _, ids) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var _ = owner;
        var (other, _, own) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var __ = other;
        await other.TopUpAsync(100_000);
        await owner.TopUpAsync(100_000);

        using var response = await other.PostAsync("/api/seller/orders/place", new { productOrderIds = new[] { ids[0], "2099123100000001", own[0] } });

        var results = await SellerAssert.OkAsync<List<PlaceResultDto>>(response);
        Assert.Equal([ids[0], "2099123100000001", own[0]], results.Select(r => r.ProductOrderId));
        Assert.False(results[0].Placed);
        Assert.Equal(TransitionErrorCode.NotFound, results[0].Error?.Code);
        Assert.Equal(TransitionErrorCode.NotFound, results[1].Error?.Code);
        Assert.True(results[2].Placed, results[2].Error?.Message);
        Assert.Equal(OrderStatus.Waiting, (await owner.OrderAsync(ids[0])).Status);
        Assert.Equal(100_000, await owner.BalanceAsync());
        Assert.Equal(100_000 - 13_500, await other.BalanceAsync());
    }

    [Fact]
    public async Task APlacingOfAnOrderNotOrderableAnswersNotOrderableAndChargesNothing()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        var ids = await seller.AddOrdersAsync(1, product.Code, "색상: 빨강");
        await seller.CollectAsync();
        await seller.TopUpAsync(50_000);

        using var response = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = ids });

        var result = Assert.Single(await SellerAssert.OkAsync<List<PlaceResultDto>>(response));
        Assert.False(result.Placed);
        Assert.Equal(TransitionErrorCode.NotOrderable, result.Error?.Code);
        Assert.Equal(50_000, await seller.BalanceAsync());
    }

    public static TheoryData<string, string> BadBodies { get; } = new()
    {
        { "{}", "productOrderIds" },
        { """{"productOrderIds": []}""", "productOrderIds" },
        { """{"productOrderIds": null}""", "productOrderIds" },
        { """{"productOrderIds": ["2025010100000001", "2025010100000001"]}""", "productOrderIds[1]" },
        { """{"productOrderIds": ["'; DROP TABLE accounts;--"]}""", "productOrderIds[0]" },
        { """{"productOrderIds": ["2025010100000001", ""]}""", "productOrderIds[1]" },
        { """{"productOrderIds": [null]}""", "productOrderIds[0]" },
        { "{\"productOrderIds\": [" + string.Join(",", Enumerable.Range(0, 201).Select(i => $"\"{i}\"")) + "]}", "productOrderIds" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadPlaceRequestsAre400AndChargeNothing(string body, string field)
    {
        var (seller, _, _) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var _ = seller;
        await seller.TopUpAsync(50_000);

        using var response = await seller.SendRawAsync(HttpMethod.Post, "/api/seller/orders/place", body);

        await SellerAssert.InvalidAsync(response, field);
        Assert.Equal(50_000, await seller.BalanceAsync());
    }

    [Theory]
    [InlineData("""{"productOrderIds": "2025010100000001"}""")]
    [InlineData("""{"productOrderIds": [1, 2]}""")]
    [InlineData("""{"productOrderIds": [""")]
    [InlineData("not json")]
    public async Task MalformedPlaceBodiesAre400(string body)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Post, "/api/seller/orders/place", body);

        await SellerAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
