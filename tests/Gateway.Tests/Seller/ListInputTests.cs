using System.Buffers.Text;
using System.Net;
using System.Text;
using WebGateway.Contracts;

namespace Gateway.Tests.Seller;

/// <summary>The order list's query (page size, status, cursor) read by the gateway's shared helpers, and refused commands' codes.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ListInputTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheNextCursorHidesTheOrderAndATamperedOrAnotherSellersCursorIs400()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 2);
        using var _ = seller;
        using var other = await SellerSession.CreateAsync(fixture);

        using var first = await seller.GetAsync("/api/seller/orders?pageSize=1");
        await SellerAssert.OkAsync(first);
        var cursor = Assert.Single(first.Headers.GetValues("X-Next-Cursor"));
        var bytes = Base64Url.DecodeFromChars(cursor);
        bytes[^1] ^= 1;
        using var next = await seller.GetAsync($"/api/seller/orders?pageSize=1&after={cursor}");
        using var tampered = await seller.GetAsync($"/api/seller/orders?pageSize=1&after={Base64Url.EncodeToString(bytes)}");
        using var foreign = await other.GetAsync($"/api/seller/orders?pageSize=1&after={cursor}");

        var text = Encoding.Latin1.GetString(Base64Url.DecodeFromChars(cursor));
        Assert.DoesNotContain(ids[0], text, StringComparison.Ordinal);
        Assert.DoesNotContain(ids[1], text, StringComparison.Ordinal);
        var seen = new[] { Assert.Single(await SellerAssert.OkAsync<List<OrderDto>>(first)).ProductOrderId, Assert.Single(await SellerAssert.OkAsync<List<OrderDto>>(next)).ProductOrderId };
        Assert.Equal(ids.Order(), seen.Order());
        await SellerAssert.InvalidAsync(tampered, "after");
        await SellerAssert.InvalidAsync(foreign, "after");
    }

    [Fact]
    public async Task ACursorMadeByOneGatewayIsReadByAnother()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 2);
        using var _ = seller;
        await using var second = fixture.StartGateway();
        using var http = GatewayFixture.Authorized(second, seller.User.Token);

        using var first = await seller.GetAsync("/api/seller/orders?pageSize=1");
        var cursor = Assert.Single(first.Headers.GetValues("X-Next-Cursor"));
        using var next = await http.GetAsync(new Uri($"/api/seller/orders?pageSize=1&after={cursor}", UriKind.Relative));

        var order = Assert.Single(await SellerAssert.OkAsync<List<OrderDto>>(next));
        Assert.Contains(order.ProductOrderId, ids);
    }

    [Theory]
    [InlineData("/api/seller/orders?pageSize=abc", "pageSize")]
    [InlineData("/api/seller/orders/page?pageSize=0", "pageSize")]
    [InlineData("/api/seller/points?limit=abc", "limit")]
    [InlineData("/api/seller/orders?status=Shipped", "status")]
    public async Task ABadListQueryIs400NamingTheField(string path, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);

        using var response = await seller.GetAsync(path);

        await SellerAssert.InvalidAsync(response, field);
    }

    [Fact]
    public async Task ChoosingAnOptionForAProductNotInTheCatalogIs404UnknownProduct()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var ids = await seller.AddOrdersAsync(1, SellerSession.NewProductCode(), "색상: 빨강");
        await seller.CollectAsync();

        using var response = await seller.PutAsync($"/api/seller/orders/{ids[0]}/option", new { optionId = "opt-1" });

        await SellerAssert.ProblemAsync(response, HttpStatusCode.NotFound, "UnknownProduct");
    }
}
