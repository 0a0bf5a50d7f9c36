using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;

namespace Grains.Tests.Collection;

/// <summary>A fresh OnChannel seller registered in solution mode for a fresh simulator account, and catalog helpers.</summary>
public sealed class TestSeller
{
    private static int s_nextCode = Random.Shared.Next(1_000_000, 8_000_000);

    private TestSeller(CollectionFixture fixture, string sellerId, string accountId)
    {
        Fixture = fixture;
        SellerId = sellerId;
        AccountId = accountId;
    }

    public CollectionFixture Fixture { get; }

    public string SellerId { get; }

    public string AccountId { get; }

    /// <summary>A product the test set up for this seller, when it keeps one.</summary>
    public string? ProductCode { get; set; }

    public ISellerGrain Grain => Fixture.Grains.GetSeller(SellerId);

    public static async Task<TestSeller> CreateAsync(CollectionFixture fixture, string? accountId = null)
    {
        accountId ??= await fixture.Simulator.CreateSellerAsync();
        var seller = new TestSeller(fixture, "seller-" + Guid.NewGuid().ToString("N")[..12], accountId);
        var registered = await seller.Grain.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null));
        Assert.True(registered.Accepted, $"registration refused: {registered.ErrorCode} {registered.ErrorMessage}");
        return seller;
    }

    /// <summary>A fresh OnChannel seller registered in own-application mode with an application of <paramref name="accountId"/>.</summary>
    public static async Task<TestSeller> CreateOwnAsync(CollectionFixture fixture, string accountId, string clientId, string clientSecret)
    {
        var seller = new TestSeller(fixture, "seller-" + Guid.NewGuid().ToString("N")[..12], accountId);
        var registered = await seller.Grain.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Own, null, clientId, clientSecret));
        Assert.True(registered.Accepted, $"registration refused: {registered.ErrorCode} {registered.ErrorMessage}");
        return seller;
    }

    public static string NewProductCode() => $"CH{Interlocked.Increment(ref s_nextCode):D7}";

    public static Product Product(
        string code, ProductStatus status = ProductStatus.OnSale, int minQuantity = 1, params ProductOption[] options) =>
        new(code, "상품 " + code, "https://img.example.com/" + code + ".jpg", "supplier-1", 10_000, 3_000, minQuantity, status, [.. options]);

    public static ProductOption Option(string id, string name, ProductStatus status = ProductStatus.OnSale, int stock = 100) =>
        new(id, name, 500, stock, status);

    /// <summary>Upserts a product into the catalog; fails the test when it is refused.</summary>
    public async Task<Product> AddProductAsync(Product product)
    {
        var result = await Fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(product.Code)).UpsertAsync(product);
        Assert.True(result.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return product;
    }

    public async Task ApplyForSaleAsync(params string[] codes)
    {
        var result = await Grain.ApplyForSaleAsync([.. codes]);
        Assert.Empty(result.Rejected);
    }

    public Task<List<string>> AddOrdersAsync(
        int count, string? code, string option = "", int quantity = 1, DateTimeOffset? paidAt = null) =>
        Fixture.Simulator.AddOrdersAsync(AccountId, count, code, option, quantity, paidAt ?? DateTimeOffset.UtcNow.AddMinutes(-5));

    public IOrderGrain Order(string productOrderId) => Fixture.Grains.GetGrain<IOrderGrain>(OrderKey.For(productOrderId));

    public async Task<OrderView> ViewAsync(string productOrderId) =>
        await Order(productOrderId).GetAsync() ?? throw new Xunit.Sdk.XunitException($"order {productOrderId} was not collected");

    public async Task<CollectionSummary> CollectAsync()
    {
        var run = await Grain.CollectAsync();
        Assert.True(run.Succeeded, $"collection failed: {run.ErrorCode} {run.ErrorMessage}");
        return run.Summary;
    }

    /// <summary>
    /// Places an order the real way (발주하기): tops up exactly what it costs, then places it through the seller.
    /// </summary>
    public async Task<PlaceOutcome> PlaceAsync(string productOrderId)
    {
        var amount = (await ViewAsync(productOrderId)).Amount ?? 0;
        if (amount > 0)
        {
            await Fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(SellerId)).TopUpAsync("place-" + productOrderId, amount, "테스트 충전");
        }

        return (await Grain.PlaceOrdersAsync([productOrderId]))[0];
    }

    public static OrderErrorCode[] Codes(OrderView order) => [.. order.Errors.Select(e => e.Code)];
}
