using System.Net;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>판매 신청, 전체 판매신청, and the catalog product a seller looks at for 옵션 수정 and 개별 주문.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SaleApplicationAndProductTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ApplyingForChosenProductsAppliesKnownCodesRejectsUnknownOnesAndUnblocksOrders()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        var ids = await seller.AddOrdersAsync(1, product.Code, "색상: 빨강");
        await seller.CollectAsync();
        Assert.Contains((await seller.OrderAsync(ids[0])).Errors, e => e.Code == OrderErrorCode.SaleNotApplied);

        using var response = await seller.PostAsync("/api/seller/sale-applications", new { productCodes = new[] { product.Code, "CH9999997" } });

        var result = await SellerAssert.OkAsync<SaleApplicationResultDto>(response);
        Assert.Equal([product.Code], result.Applied);
        Assert.Equal(["CH9999997"], result.Rejected);
        Assert.Equal(1, result.Revalidated);
        Assert.True((await seller.OrderAsync(ids[0])).Orderable);
        using var list = await seller.GetAsync("/api/seller/sale-applications");
        Assert.Equal([product.Code], await SellerAssert.OkAsync<List<string>>(list));
    }

    [Fact]
    public async Task ApplyAllAppliesForEveryProductBlockingAnOrder()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var first = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        var second = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.AddOrdersAsync(1, first.Code, "색상: 빨강");
        await seller.AddOrdersAsync(2, second.Code, "색상: 빨강");
        await seller.CollectAsync();

        using var response = await seller.PostAsync("/api/seller/sale-applications/apply-all", null);

        var result = await SellerAssert.OkAsync<SaleApplicationResultDto>(response);
        Assert.Equal(new[] { first.Code, second.Code }.Order(StringComparer.Ordinal), result.Applied.Order(StringComparer.Ordinal));
        Assert.Empty(result.Rejected);
        Assert.Equal(3, result.Revalidated);
        using var list = await seller.GetAsync("/api/seller/sale-applications");
        Assert.Equal(new[] { first.Code, second.Code }.Order(StringComparer.Ordinal), await SellerAssert.OkAsync<List<string>>(list));
    }

    public static TheoryData<string, string> BadBodies { get; } = new()
    {
        { "{}", "productCodes" },
        { """{"productCodes": []}""", "productCodes" },
        { """{"productCodes": ["CH0000001", "ch0000002"]}""", "productCodes[1]" },
        { """{"productCodes": ["'; DROP TABLE accounts;--"]}""", "productCodes[0]" },
        { """{"productCodes": [null]}""", "productCodes[0]" },
        { "{\"productCodes\": [" + string.Join(",", Enumerable.Range(1, 501).Select(i => $"\"CH{i:D7}\"")) + "]}", "productCodes" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadSaleApplicationsAre400AndApplyNothing(string body, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Post, "/api/seller/sale-applications", body);

        await SellerAssert.InvalidAsync(response, field);
        using var list = await seller.GetAsync("/api/seller/sale-applications");
        Assert.Empty(await SellerAssert.OkAsync<List<string>>(list));
    }

    [Fact]
    public async Task AProductIsShownWithItsOptionsPricesAndWhetherTheSellerAppliedForIt()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(
            SellerSession.NewProductCode(), options: [new ProductOption("red", "빨강", 0, 5, ProductStatus.OnSale), new ProductOption("blue", "파랑", 1_000, 0, ProductStatus.SoldOut)]));

        using var before = await seller.GetAsync($"/api/seller/products/{product.Code}");
        var shown = await SellerAssert.OkAsync<SellerProductDto>(before);
        await seller.ApplyForSaleAsync(product.Code);
        using var after = await seller.GetAsync($"/api/seller/products/{product.Code}");

        Assert.Equal(product.Code, shown.Code);
        Assert.Equal(10_000, shown.SupplyPrice);
        Assert.Equal(3_000, shown.ShippingFee);
        Assert.Equal(1, shown.MinQuantity);
        Assert.Equal(ProductStatus.OnSale, shown.Status);
        Assert.False(shown.SaleApplied);
        Assert.Equal(["red", "blue"], shown.Options.Select(o => o.OptionId));
        Assert.Equal(1_000, shown.Options[1].ExtraPrice);
        Assert.Equal(ProductStatus.SoldOut, shown.Options[1].Status);
        Assert.True((await SellerAssert.OkAsync<SellerProductDto>(after)).SaleApplied);
        Assert.DoesNotContain("supplier", await before.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("CH123", HttpStatusCode.BadRequest)]
    [InlineData("ch0000001", HttpStatusCode.BadRequest)]
    [InlineData("'%3B%20DROP%20TABLE%20accounts%3B--", HttpStatusCode.BadRequest)]
    [InlineData("CH9999996", HttpStatusCode.NotFound)]
    public async Task ABadCodeIs400AndAnUnknownOneIs404(string code, HttpStatusCode status)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.GetAsync($"/api/seller/products/{code}");

        await SellerAssert.ProblemAsync(response, status);
    }
}
