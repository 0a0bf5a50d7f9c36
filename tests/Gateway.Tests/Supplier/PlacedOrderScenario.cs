using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Gateway.Tests.Operator;
using Infrastructure.Accounts;

namespace Gateway.Tests.Supplier;

/// <summary>
/// A placed order of a fresh supplier's product: a seller account registered on the simulator, the product upserted
/// with the supplier's id and applied for, one simulator order collected, paid for with a top-up and placed. The
/// set-up goes through grains; what the tests assert goes through HTTP.
/// </summary>
public sealed class PlacedOrderScenario
{
    private static int s_nextCode = Random.Shared.Next(1_000_000, 8_000_000);

    private PlacedOrderScenario(TestUser supplier, string sellerId, string shopAccountId, string productCode, string productOrderId, string onchOrderNo)
    {
        Supplier = supplier;
        SellerId = sellerId;
        ShopAccountId = shopAccountId;
        ProductCode = productCode;
        ProductOrderId = productOrderId;
        OnchOrderNo = onchOrderNo;
    }

    /// <summary>The supplier, logged in.</summary>
    public TestUser Supplier { get; }

    public string SellerId { get; }

    /// <summary>The seller's SmartStore shop on the simulator.</summary>
    public string ShopAccountId { get; }

    public string ProductCode { get; }

    public string ProductOrderId { get; }

    public string OnchOrderNo { get; }

    /// <summary>A fresh product code, unique in the run.</summary>
    public static string NewProductCode() => $"CH{Interlocked.Increment(ref s_nextCode):D7}";

    /// <summary>A product of <paramref name="supplierId"/> without options.</summary>
    public static Product Product(string code, string supplierId, ProductStatus status = ProductStatus.OnSale) =>
        new(code, "상품 " + code, "https://img.example.com/" + code + ".jpg", supplierId, 10_000, 3_000, 1, status, []);

    public static async Task<PlacedOrderScenario> CreateAsync(GatewayFixture fixture, TestUser? supplier = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        supplier ??= await TestTokens.UserAsync(fixture, AccountRole.Supplier);
        var (sellerId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);
        var seller = fixture.Grains.GetSeller(sellerId);
        var accountId = await fixture.Simulator.CreateSellerAsync();
        var registered = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null));
        Assert.True(registered.Accepted, $"registration refused: {registered.ErrorCode} {registered.ErrorMessage}");

        var code = NewProductCode();
        var upserted = await fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).UpsertAsync(Product(code, supplier.LoginId));
        Assert.True(upserted.Accepted, string.Join("; ", upserted.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty((await seller.ApplyForSaleAsync([code])).Rejected);

        var ids = await fixture.Simulator.AddOrdersAsync(accountId, 1, code, "", 1, DateTimeOffset.UtcNow.AddMinutes(-5));
        var run = await seller.CollectAsync();
        Assert.True(run.Succeeded, $"collection failed: {run.ErrorCode} {run.ErrorMessage}");

        var order = await fixture.Grains.GetGrain<IOrderGrain>(OrderKey.For(ids[0])).GetAsync();
        Assert.True(order is { Orderable: true, Amount: > 0 }, $"the collected order is not orderable: {order}");
        await fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).TopUpAsync("scenario-" + ids[0], order.Amount!.Value, "테스트 충전");
        var placed = (await seller.PlaceOrdersAsync([ids[0]]))[0];
        Assert.True(placed is { Placed: true, OnchOrderNo: not null }, $"placing refused: {placed.Error}");
        return new PlacedOrderScenario(supplier, sellerId, accountId, code, ids[0], placed.OnchOrderNo!);
    }
}
