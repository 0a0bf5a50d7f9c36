using Grains.Interfaces.Catalog;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using SmartStoreSimulator.Client;
using SmartStoreSimulator.Control;

namespace Bench;

/// <summary>
/// Orders ready to place, made through the real path: a plain catalog product, simulator accounts with paid orders
/// of it, sellers registered in solution mode, applied for sale, topped up, and one collection run each, so that
/// every order is a real order grain in 주문대기 with its read-model row, and its 발주확인 reaches the simulator.
/// </summary>
internal static class OrderSeed
{
    /// <summary>The one product every seeded order is of: no options (taking stock writes nothing), on sale.</summary>
    public const string ProductCode = "CH0000101";

    /// <summary>Points each seller starts with: far more than its orders cost.</summary>
    public const long TopUp = 1_000_000_000;

    // Sellers prepared at once: enough to overlap the round trips, few enough not to swamp the simulator.
    private const int Parallelism = 16;

    public static async Task AddProductAsync(IGrainFactory grains)
    {
        var product = new Product(ProductCode, "벤치 발주 상품", "https://img.example.com/" + ProductCode + ".jpg", "supplier-1", 10_000, 3_000, 1, ProductStatus.OnSale, []);
        var result = await grains.GetGrain<ICatalogProductGrain>(ProductKey.For(ProductCode)).UpsertAsync(product);
        if (!result.Accepted)
        {
            throw new InvalidOperationException($"Product {ProductCode} refused: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    /// <summary>Prepares every seller of <paramref name="sellerIds"/> with <paramref name="orders"/> orders each, in parallel.</summary>
    public static async Task<IReadOnlyList<SeededSeller>> SellersAsync(IGrainFactory grains, SimulatorClient simulator, IReadOnlyList<string> sellerIds, int orders)
    {
        using var gate = new SemaphoreSlim(Parallelism);
        return await Task.WhenAll(sellerIds.Select(async sellerId =>
        {
            await gate.WaitAsync();
            try
            {
                return await SellerAsync(grains, simulator, sellerId, orders);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static async Task<SeededSeller> SellerAsync(IGrainFactory grains, SimulatorClient simulator, string sellerId, int orders)
    {
        var accountId = await simulator.CreateSellerAsync();
        var now = DateTimeOffset.UtcNow;
        var ids = await simulator.AddOrdersAsync(accountId, new AddOrdersRequest(orders, now.AddDays(-2), now.AddMinutes(-5), ProductCode, "벤치 발주 상품", "", 1));
        var seller = grains.GetSeller(sellerId);
        var registered = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null));
        var applied = await seller.ApplyForSaleAsync([ProductCode]);
        if (!registered.Accepted || applied.Rejected.Length > 0)
        {
            throw new InvalidOperationException($"Seller {sellerId}: registration {registered.ErrorCode}, sale application refused: {string.Join(", ", applied.Rejected)}");
        }

        var posting = await grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).TopUpAsync("bench-seed-" + sellerId, TopUp, "벤치 충전");
        if (posting.Outcome != PostingOutcome.Posted)
        {
            throw new InvalidOperationException($"Seller {sellerId}: the top-up was not posted ({posting.Outcome}).");
        }

        var run = await seller.CollectAsync();
        if (!run.Succeeded || run.Summary.Orderable != orders)
        {
            throw new InvalidOperationException(
                $"Seller {sellerId}: collection gave {run.Summary.Orderable} orderable orders of {orders} ({run.ErrorCode} {run.ErrorMessage}).");
        }

        return new SeededSeller(sellerId, accountId, ids);
    }
}
