using Grains.Interfaces.Catalog;
using Grains.Interfaces.Sellers;
using SmartStoreSimulator.Client;
using SmartStoreSimulator.Control;

namespace Bench;

/// <summary>
/// What the ingest benchmark collects: four catalog products, and sellers registered in solution mode with sale
/// applications and a fixed mix of paid orders in the simulator, so that every validation path does real work.
/// </summary>
internal static class IngestWorkload
{
    private const string Plain = "CH0000001";
    private const string WithOptions = "CH0000002";
    private const string NotApplied = "CH0000003";
    private const string SoldOut = "CH0000004";

    /// <summary>Of every 20 orders: which product, which option text.</summary>
    private static readonly (string Code, string Option, int PerTwenty, string Meaning)[] Mix =
    [
        (Plain, "", 14, "plain"),
        (WithOptions, "색상: 빨강", 2, "known option"),
        (WithOptions, "색상: 초록", 2, "unknown option (needs a choice)"),
        (NotApplied, "", 1, "not applied for (fails)"),
        (SoldOut, "", 1, "sold out (fails)"),
    ];

    public static string Description => "order mix per 20: " + string.Join(", ", Mix.Select(m => BenchText.Invariant($"{m.PerTwenty} {m.Meaning}")));

    public static async Task AddProductsAsync(IGrainFactory grains)
    {
        ProductOption[] colors = [new("red", "색상: 빨강", 500, 100_000, ProductStatus.OnSale), new("blue", "색상: 파랑", 500, 100_000, ProductStatus.OnSale)];
        foreach (var (code, status, options) in new (string, ProductStatus, ProductOption[])[]
                 {
                     (Plain, ProductStatus.OnSale, []), (WithOptions, ProductStatus.OnSale, colors),
                     (NotApplied, ProductStatus.OnSale, []), (SoldOut, ProductStatus.SoldOut, []),
                 })
        {
            var product = new Product(code, "벤치 상품 " + code, "https://img.example.com/" + code + ".jpg", "supplier-1", 10_000, 3_000, 1, status, [.. options]);
            var result = await grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).UpsertAsync(product);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"Product {code} refused: {string.Join("; ", result.Errors.Select(e => e.Message))}");
            }
        }
    }

    /// <summary>A simulator account with <paramref name="orders"/> paid orders and an OnChannel seller registered for it.</summary>
    public static async Task<BenchSeller> CreateSellerAsync(IGrainFactory grains, SimulatorClient simulator, string sellerId, int orders)
    {
        var accountId = await simulator.CreateSellerAsync();
        var now = DateTimeOffset.UtcNow;
        var others = Mix.Skip(1).Sum(m => orders * m.PerTwenty / 20);
        foreach (var (code, option, perTwenty, _) in Mix)
        {
            // The first (plain) kind takes the rounding, so that the seller has exactly the orders asked for.
            var count = code == Plain ? orders - others : orders * perTwenty / 20;
            await simulator.AddOrdersAsync(accountId, new AddOrdersRequest(count, now.AddDays(-2), now.AddMinutes(-5), code, "벤치 상품", option, 1));
        }

        var seller = grains.GetSeller(sellerId);
        var registered = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null));
        var applied = await seller.ApplyForSaleAsync([Plain, WithOptions, SoldOut]);
        if (!registered.Accepted || applied.Rejected.Length > 0)
        {
            throw new InvalidOperationException($"Seller {sellerId}: registration {registered.ErrorCode}, sale applications refused: {string.Join(", ", applied.Rejected)}");
        }

        return new BenchSeller(sellerId, accountId);
    }
}
