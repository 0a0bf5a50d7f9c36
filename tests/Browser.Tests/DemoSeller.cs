using Gateway.Tests;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;

namespace Browser.Tests;

/// <summary>
/// A seller of one test: an account in the gateway's store, a fresh simulator shop, and set-up helpers that go through
/// grains and the simulator (what the tests assert goes through the browser).
/// </summary>
public sealed class DemoSeller
{
    private static int s_nextCode = Random.Shared.Next(1_000_000, 8_000_000);

    private readonly GatewayFixture _system;

    private DemoSeller(GatewayFixture system, string loginId, string password, string accountId)
    {
        _system = system;
        LoginId = loginId;
        Password = password;
        AccountId = accountId;
    }

    public string LoginId { get; }

    public string Password { get; }

    /// <summary>The simulator shop of this seller.</summary>
    public string AccountId { get; }

    public ISellerGrain Grain => _system.Grains.GetSeller(LoginId);

    /// <summary>A new seller with a simulator shop; registered in solution mode unless told otherwise.</summary>
    public static async Task<DemoSeller> CreateAsync(GatewayFixture system, bool register = true)
    {
        ArgumentNullException.ThrowIfNull(system);
        var (loginId, password) = await system.CreateAccountAsync(AccountRole.Seller);
        var seller = new DemoSeller(system, loginId, password, await system.Simulator.CreateSellerAsync());
        if (register)
        {
            var result = await seller.Grain.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, seller.AccountId, null, null));
            Assert.True(result.Accepted, result.ErrorMessage);
        }

        return seller;
    }

    public static string NewProductCode() => $"CH{Interlocked.Increment(ref s_nextCode):D7}";

    /// <summary>
    /// A product of supply price 10,000 and shipping 3,000 with options <c>opt-1</c> "색상: 빨강" (+500) and <c>opt-2</c>
    /// "색상: 파랑", supplied by <paramref name="supplierId"/>; applied for sale unless told otherwise.
    /// </summary>
    public async Task<Product> AddProductAsync(string supplierId = "supplier-1", bool apply = true, int minQuantity = 1)
    {
        var code = NewProductCode();
        var product = new Product(code, "상품 " + code, "https://img.example.com/" + code + ".jpg", supplierId, 10_000, 3_000, minQuantity, ProductStatus.OnSale,
            [new ProductOption("opt-1", "색상: 빨강", 500, 100, ProductStatus.OnSale), new ProductOption("opt-2", "색상: 파랑", 0, 100, ProductStatus.OnSale)]);
        var upsert = await _system.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).UpsertAsync(product);
        Assert.True(upsert.Accepted, string.Join("; ", upsert.Errors.Select(e => e.Message)));
        if (apply)
        {
            await Grain.ApplyForSaleAsync([code]);
        }

        return product;
    }

    /// <summary>Paid SmartStore orders on this seller's shop; their product order ids.</summary>
    public Task<List<string>> AddOrdersAsync(int count, string code, string option = "색상: 빨강", int quantity = 1) =>
        _system.Simulator.AddOrdersAsync(AccountId, count, code, option, quantity, DateTimeOffset.UtcNow.AddMinutes(-5));

    /// <summary>주문 가져오기 through the grain (set-up only).</summary>
    public async Task CollectAsync()
    {
        var run = await Grain.CollectAsync();
        Assert.True(run.Succeeded, run.ErrorMessage);
    }

    public async Task<long> TopUpAsync(long amount) =>
        (await _system.Grains.GetGrain<IWalletGrain>(SellerKey.For(LoginId)).TopUpAsync("test-" + Guid.NewGuid().ToString("N"), amount, "테스트 충전")).Balance;

    /// <summary>Places orders through the grain (set-up only); fails unless every one was placed.</summary>
    public async Task PlaceAsync(params string[] productOrderIds)
    {
        var outcomes = await Grain.PlaceOrdersAsync([.. productOrderIds]);
        Assert.All(outcomes, o => Assert.True(o.Placed, o.ToString()));
    }
}
