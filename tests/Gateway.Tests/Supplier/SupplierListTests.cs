using System.Net;
using System.Net.Http.Json;
using Gateway.Tests.Operator;
using Gateway.Tests.Seller;
using Grains.Interfaces.Orders;
using Infrastructure.Accounts;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Supplier;

/// <summary>The supplier's order list read like the seller's: next cursor in a header, empty status for all, sizes checked.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SupplierListTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheListNamesTheNextPageInXNextCursorEvenForIdsWithDashesAndUnderscores()
    {
        using var supplier = await TestTokens.UserAsync(fixture, AccountRole.Supplier);
        using var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()) with { SupplierId = supplier.LoginId });
        await seller.ApplyForSaleAsync(product.Code);
        await seller.TopUpAsync(100_000);
        var placed = new List<string>();
        foreach (var requestId in new[] { "a-b_1", "a-b_2" })
        {
            using var response = await seller.PostAsync("/api/seller/manual-orders", new
            {
                requestId,
                productCode = product.Code,
                optionId = "opt-1",
                quantity = 1,
                recipient = new { name = "홍길동", phone = "010-1234-5678", zipCode = "06236", address = "서울특별시 강남구" },
            });
            placed.Add((await SellerAssert.OkAsync<ManualOrderResultDto>(response)).OnchOrderNo);
        }

        using var first = await supplier.Http.GetAsync(new Uri("/api/supplier/orders?pageSize=1&status=", UriKind.Relative));
        await SellerAssert.OkAsync(first);
        var cursor = Assert.Single(first.Headers.GetValues("X-Next-Cursor"));
        using var second = await supplier.Http.GetAsync(new Uri($"/api/supplier/orders?pageSize=1&cursor={cursor}", UriKind.Relative));

        var seen = new[]
        {
            Assert.Single((await first.Content.ReadFromJsonAsync<List<SupplierOrderDto>>(Json.Options))!).OnchOrderNo,
            Assert.Single(await SellerAssert.OkAsync<List<SupplierOrderDto>>(second)).OnchOrderNo,
        };
        Assert.Equal(placed.Order(), seen.Order());
        Assert.False(second.Headers.Contains("X-Next-Cursor"), "the last page has no next cursor");
    }

    [Theory]
    [InlineData("/api/supplier/orders?pageSize=abc", "pageSize")]
    [InlineData("/api/supplier/orders/page?pageSize=501", "pageSize")]
    [InlineData("/api/supplier/orders?status=Shipped", "status")]
    [InlineData("/api/supplier/orders?cursor=bm90LWEtY3Vyc29y", "cursor")]
    public async Task ABadListQueryIs400NamingTheField(string path, string field)
    {
        using var supplier = await TestTokens.UserAsync(fixture, AccountRole.Supplier);

        using var response = await supplier.Http.GetAsync(new Uri(path, UriKind.Relative));

        await SellerAssert.InvalidAsync(response, field);
    }

    [Fact]
    public async Task TrackingIsCheckedByTheOrderGrainsRuleAndAnUnknownOrderIsNotFound()
    {
        using var supplier = await TestTokens.UserAsync(fixture, AccountRole.Supplier);

        using var badNumber = await supplier.Http.PutAsJsonAsync("/api/supplier/orders/ON2025010100001/tracking", new { deliveryCompanyCode = "CJGLS", trackingNumber = "12\u00003456" });
        using var unknown = await supplier.Http.PutAsJsonAsync("/api/supplier/orders/ON2025010100001/tracking", new { deliveryCompanyCode = "CJGLS", trackingNumber = "123456789" });

        await SellerAssert.InvalidAsync(badNumber, "trackingNumber");
        await SellerAssert.ProblemAsync(unknown, HttpStatusCode.NotFound, nameof(TransitionErrorCode.NotFound));
    }
}
