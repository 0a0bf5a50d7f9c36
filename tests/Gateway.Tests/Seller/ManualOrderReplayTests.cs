using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>개별 주문 ids that never collide between sellers, and retries answered from what the first request created.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ManualOrderReplayTests(GatewayFixture fixture)
{
    private static object Body(string requestId, string code) => new
    {
        requestId,
        productCode = code,
        optionId = "opt-1",
        quantity = 1,
        recipient = new { name = "홍길동", phone = "010-1234-5678", zipCode = "06236", address = "서울특별시 강남구 테헤란로 1" },
    };

    private static async Task<(SellerSession Seller, Product Product)> SellerWithProductAsync(GatewayFixture fixture, string? sellerId = null)
    {
        var seller = await SellerSession.CreateAsync(fixture, sellerId: sellerId);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        await seller.TopUpAsync(100_000);
        return (seller, product);
    }

    [Fact]
    public async Task SellerAbcWithRequestDef1AndSellerAbcDefWithRequest1PlaceTwoOrders()
    {
        var abc = fixture.NewLoginId("s");
        var (first, firstProduct) = await SellerWithProductAsync(fixture, abc);
        using var _ = first;
        var (second, secondProduct) = await SellerWithProductAsync(fixture, abc + "-def");
        using var __ = second;

        using var a = await first.PostAsync("/api/seller/manual-orders", Body("def-1", firstProduct.Code));
        using var b = await second.PostAsync("/api/seller/manual-orders", Body("1", secondProduct.Code));

        var placedA = await SellerAssert.OkAsync<ManualOrderResultDto>(a);
        var placedB = await SellerAssert.OkAsync<ManualOrderResultDto>(b);
        Assert.NotEqual(placedA.ProductOrderId, placedB.ProductOrderId);
        Assert.NotEqual(placedA.OnchOrderNo, placedB.OnchOrderNo);
        Assert.Equal(OrderKey.ManualId(first.SellerId, "def-1"), placedA.ProductOrderId);
        Assert.Equal(firstProduct.Code, (await first.OrderAsync(placedA.ProductOrderId)).ProductCode);
        Assert.Equal(secondProduct.Code, (await second.OrderAsync(placedB.ProductOrderId)).ProductCode);
        Assert.Equal(100_000 - placedA.Amount, await first.BalanceAsync());
        Assert.Equal(100_000 - placedB.Amount, await second.BalanceAsync());
    }

    [Fact]
    public async Task ARetryOfAPlacedOrderAnswersTheFirstResultAfterItsOptionWasRemoved()
    {
        var (seller, product) = await SellerWithProductAsync(fixture);
        using var _ = seller;
        using var first = await seller.PostAsync("/api/seller/manual-orders", Body("replay-1", product.Code));
        var placed = await SellerAssert.OkAsync<ManualOrderResultDto>(first);
        await seller.AddProductAsync(product with { Options = [new ProductOption("opt-2", "색상: 파랑", 0, 10, ProductStatus.OnSale)] });

        using var retried = await seller.PostAsync("/api/seller/manual-orders", Body("replay-1", product.Code));
        using var fresh = await seller.PostAsync("/api/seller/manual-orders", Body("replay-2", product.Code));

        Assert.Equal(placed, await SellerAssert.OkAsync<ManualOrderResultDto>(retried));
        await SellerAssert.InvalidAsync(fresh, "optionId");
        Assert.Equal(100_000 - placed.Amount, await seller.BalanceAsync());
    }
}
