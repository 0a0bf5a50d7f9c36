using System.Net;
using Grains.Interfaces.Orders;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>The order lists and pages, one order, 옵션 수정 and 삭제하기, each only on the caller's orders.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SellerOrdersTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheListIsTheSellersOrdersNewestFirstPagedWithTheNextCursorHeader()
    {
        var (seller, product, ids) = await SellerSession.WithOrdersAsync(fixture, 3);
        using var _ = seller;

        using var first = await seller.GetAsync("/api/seller/orders?status=Waiting&pageSize=2");
        var page1 = await SellerAssert.OkAsync<List<OrderDto>>(first);
        var cursor = Assert.Single(first.Headers.GetValues("X-Next-Cursor"));
        using var second = await seller.GetAsync($"/api/seller/orders?status=waiting&pageSize=2&after={cursor}");
        var page2 = await SellerAssert.OkAsync<List<OrderDto>>(second);
        using var all = await seller.GetAsync("/api/seller/orders");
        var everything = await SellerAssert.OkAsync<List<OrderDto>>(all);

        Assert.Equal(2, page1.Count);
        Assert.Single(page2);
        Assert.False(second.Headers.Contains("X-Next-Cursor"));
        Assert.Equal(ids.Order(StringComparer.Ordinal), page1.Concat(page2).Select(o => o.ProductOrderId).Order(StringComparer.Ordinal));
        Assert.Equal(everything.Select(o => o.ProductOrderId), page1.Concat(page2).Select(o => o.ProductOrderId));
        Assert.All(everything, o =>
        {
            Assert.Equal(OrderStatus.Waiting, o.Status);
            Assert.True(o.Orderable);
            Assert.Equal(product.Code, o.ProductCode);
            Assert.Equal(13_500, o.Amount);
            Assert.Equal("opt-1", o.OptionId);
        });
        Assert.True(everything.Zip(everything.Skip(1)).All(p => p.First.OrderedAt >= p.Second.OrderedAt));
        using var ordered = await seller.GetAsync("/api/seller/orders?status=Ordered");
        Assert.Empty(await SellerAssert.OkAsync<List<OrderDto>>(ordered));
    }

    [Fact]
    public async Task ThePageCarriesTheCountOfEveryStatusAndACursor()
    {
        var (seller, product, ids) = await SellerSession.WithOrdersAsync(fixture, 3);
        using var _ = seller;
        using (var deleted = await seller.DeleteAsync($"/api/seller/orders/{ids[0]}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var first = await seller.GetAsync("/api/seller/orders/page?status=Waiting&pageSize=1");
        var page1 = await SellerAssert.OkAsync<OrderPageDto>(first);
        using var second = await seller.GetAsync($"/api/seller/orders/page?status=Waiting&pageSize=1&cursor={page1.NextCursor}");
        var page2 = await SellerAssert.OkAsync<OrderPageDto>(second);

        Assert.Single(page1.Orders);
        Assert.NotNull(page1.NextCursor);
        Assert.Single(page2.Orders);
        Assert.Null(page2.NextCursor);
        Assert.NotEqual(page1.Orders[0].ProductOrderId, page2.Orders[0].ProductOrderId);
        Assert.Equal(Enum.GetNames<OrderStatus>().Order(StringComparer.Ordinal), page1.Counts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, page1.Counts["Waiting"]);
        Assert.Equal(1, page1.Counts["Deleted"]);
        Assert.Equal(0, page1.Counts["Ordered"]);
        Assert.Equal(0, page1.Counts["CollectionFailed"]);
        var raw = await first.Content.ReadAsStringAsync();
        Assert.Contains("\"Waiting\":2", raw, StringComparison.Ordinal);
        Assert.Contains(product.Code, raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?status=Shipped", "status")]
    [InlineData("?status=1", "status")]
    [InlineData("?status='; DROP TABLE accounts;--", "status")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=501", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    [InlineData("?after=not-a-cursor", "after")]
    [InlineData("?after=MjAyNXxhYmM", "after")]
    public async Task BadListQueriesAre400(string query, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.GetAsync("/api/seller/orders" + query);

        await SellerAssert.InvalidAsync(response, field);
    }

    [Theory]
    [InlineData("?cursor=%%%", "cursor")]
    [InlineData("?cursor=eyJvIjoxfQ", "cursor")]
    [InlineData("?status=Later", "status")]
    public async Task BadPageQueriesAre400(string query, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.GetAsync("/api/seller/orders/page" + query);

        await SellerAssert.InvalidAsync(response, field);
    }

    [Fact]
    public async Task AnUnknownStatusIs400ListingTheValidOnes()
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.GetAsync("/api/seller/orders/page?status=Later");

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("CollectionFailed, Waiting, Ordered, Delivered, Canceled, Deleted", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOrderIsTheSellersAnotherSellersIs403AndAnUnknownIdIs404()
    {
        var (owner, _, ids) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var _ = owner;
        using var other = await SellerSession.CreateAsync(fixture);

        var order = await owner.OrderAsync(ids[0]);
        using var foreign = await other.GetAsync($"/api/seller/orders/{ids[0]}");
        using var unknown = await owner.GetAsync("/api/seller/orders/2099123199999999");

        Assert.Equal(ids[0], order.ProductOrderId);
        Assert.False(string.IsNullOrWhiteSpace(order.Recipient.Name));
        await SellerAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden, "NotYours");
        await SellerAssert.ProblemAsync(unknown, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [InlineData("'%3B%20DROP%20TABLE%20accounts%3B--")]
    [InlineData("abc%20def")]
    [InlineData("%EC%A3%BC%EB%AC%B8")]
    public async Task AMalformedOrderIdIs400(string escapedId)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var get = await seller.GetAsync($"/api/seller/orders/{escapedId}");
        using var delete = await seller.DeleteAsync($"/api/seller/orders/{escapedId}");
        using var option = await seller.PutAsync($"/api/seller/orders/{escapedId}/option", new { optionId = "opt-1" });

        await SellerAssert.InvalidAsync(get, "productOrderId");
        await SellerAssert.InvalidAsync(delete, "productOrderId");
        await SellerAssert.InvalidAsync(option, "productOrderId");
    }

    [Fact]
    public async Task AnOverlongOrderIdIs400()
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.GetAsync("/api/seller/orders/" + new string('1', 101));

        await SellerAssert.InvalidAsync(response, "productOrderId");
    }

    [Fact]
    public async Task ChoosingAnOptionMakesTheOrderOrderableAndIsRememberedForTheNextOrder()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = await seller.AddOrdersAsync(2, product.Code, "빨강색");
        await seller.CollectAsync();
        var before = await seller.OrderAsync(ids[0]);
        Assert.False(before.Orderable);
        Assert.Contains(before.Errors, e => e.Code == OrderErrorCode.OptionMismatch);

        using var response = await seller.PutAsync($"/api/seller/orders/{ids[0]}/option", new { optionId = "opt-1" });

        var chosen = await SellerAssert.OkAsync<OrderDto>(response);
        Assert.True(chosen.Orderable);
        Assert.Equal("opt-1", chosen.OptionId);
        Assert.Equal(13_500, chosen.Amount);
        Assert.True((await seller.OrderAsync(ids[1])).Orderable);
    }

    [Fact]
    public async Task OptionErrorsAreMappedToTheirStatuses()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 2);
        using var _ = seller;
        using var other = await SellerSession.CreateAsync(fixture);

        using var unknownOption = await seller.PutAsync($"/api/seller/orders/{ids[0]}/option", new { optionId = "opt-404" });
        using var missing = await seller.SendRawAsync(HttpMethod.Put, $"/api/seller/orders/{ids[0]}/option", "{}");
        using var wrongType = await seller.SendRawAsync(HttpMethod.Put, $"/api/seller/orders/{ids[0]}/option", """{"optionId": 7}""");
        using var foreign = await other.PutAsync($"/api/seller/orders/{ids[0]}/option", new { optionId = "opt-1" });
        await seller.TopUpAsync(13_500);
        using (var place = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = new[] { ids[1] } }))
        {
            Assert.True((await SellerAssert.OkAsync<List<PlaceResultDto>>(place))[0].Placed);
        }

        using var placed = await seller.PutAsync($"/api/seller/orders/{ids[1]}/option", new { optionId = "opt-1" });

        await SellerAssert.ProblemAsync(unknownOption, HttpStatusCode.BadRequest, "UnknownOption");
        await SellerAssert.InvalidAsync(missing, "optionId");
        await SellerAssert.ProblemAsync(wrongType, HttpStatusCode.BadRequest);
        await SellerAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden, "NotYours");
        await SellerAssert.ProblemAsync(placed, HttpStatusCode.Conflict);
        Assert.Equal("opt-1", (await seller.OrderAsync(ids[0])).OptionId);
    }

    [Fact]
    public async Task DeletingIs204ThenTheOrderIsDeletedAndAnotherSellersDeleteIs403()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var _ = seller;
        using var other = await SellerSession.CreateAsync(fixture);

        using var foreign = await other.DeleteAsync($"/api/seller/orders/{ids[0]}");
        await SellerAssert.ProblemAsync(foreign, HttpStatusCode.Forbidden, "NotYours");
        Assert.Equal(OrderStatus.Waiting, (await seller.OrderAsync(ids[0])).Status);

        using var deleted = await seller.DeleteAsync($"/api/seller/orders/{ids[0]}");
        using var again = await seller.DeleteAsync($"/api/seller/orders/{ids[0]}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(OrderStatus.Deleted, (await seller.OrderAsync(ids[0])).Status);
        using var unknown = await seller.DeleteAsync("/api/seller/orders/2099123199999998");
        await SellerAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeletingAPlacedOrderIs409AndLeavesItPlaced()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 1);
        using var _ = seller;
        await seller.TopUpAsync(13_500);
        using (var place = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = ids }))
        {
            Assert.True((await SellerAssert.OkAsync<List<PlaceResultDto>>(place))[0].Placed);
        }

        using var response = await seller.DeleteAsync($"/api/seller/orders/{ids[0]}");

        await SellerAssert.ProblemAsync(response, HttpStatusCode.Conflict, "AlreadyPlaced");
        Assert.Equal(OrderStatus.Ordered, (await seller.OrderAsync(ids[0])).Status);
    }
}
