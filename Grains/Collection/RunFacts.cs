using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;

namespace Grains.Collection;

/// <summary>
/// What a collection run validates its new orders against, read once for all of them: each product's catalog entry
/// with its version, and the seller's 판매 신청 and remembered option for each product and option text. The order
/// grains get their part with the order and make no calls for it.
/// </summary>
/// <remarks>
/// Why reading these again once the run's rows are written, and re-validating the orders whose facts differ, keeps
/// every order validated against the latest facts. A change (판매 신청, 옵션 수정, a catalog upsert) persists its
/// facts first, then re-validates the open orders it finds in the read model. Take an order of the run: t0 the first
/// read, t1 its row written, t2 the second read, after every call of the run has returned (t0 &lt; t1 &lt; t2). A
/// change persisted before t0 is in the facts the order was validated against. A change whose read-model query ran
/// after t1 finds the order and re-validates it. Any other change was persisted after t0 and queried before t1, so
/// it was persisted before t2 and the second read sees it: a product's version grows with every persisted change,
/// and the seller's answers for the order's product and option text are compared as values. Both grains answer from
/// persisted state only (<see cref="Common.CommittedState{T}"/>), so a change still being written is not seen early.
/// </remarks>
internal sealed class RunFacts
{
    private static readonly VersionedProduct Unknown = new(null, 0);
    private static readonly SellerOrderContext NotApplied = new(false, null);

    private readonly Dictionary<string, VersionedProduct> _products;
    private readonly Dictionary<OrderContextKey, SellerOrderContext> _seller;

    private RunFacts(Dictionary<string, VersionedProduct> products, Dictionary<OrderContextKey, SellerOrderContext> seller)
    {
        _products = products;
        _seller = seller;
    }

    /// <summary>Reads the facts of <paramref name="orders"/>: one seller call and one call per distinct product.</summary>
    public static async Task<RunFacts> ReadAsync(IGrainFactory grains, string sellerId, IEnumerable<CollectedOrder> orders)
    {
        var keys = orders.Where(o => ProductCode.IsValid(o.ProductCode)).Select(KeyOf).Distinct().ToImmutableArray();
        var codes = keys.Select(k => k.ProductCode).Distinct(StringComparer.Ordinal).ToArray();
        if (keys.IsEmpty)
        {
            return new RunFacts([], []);
        }

        var sellerTask = grains.GetSeller(sellerId).GetOrderContextsAsync(keys);
        var products = await Task.WhenAll(codes.Select(code => grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetVersionedAsync()));
        var seller = await sellerTask;
        return new RunFacts(
            codes.Zip(products).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal),
            keys.Zip(seller).ToDictionary(pair => pair.First, pair => pair.Second));
    }

    /// <summary>The facts to hand the grain of <paramref name="order"/>.</summary>
    public OrderFacts For(CollectedOrder order)
    {
        if (!ProductCode.IsValid(order.ProductCode))
        {
            return OrderFacts.None;
        }

        var product = Product(order);
        var seller = Seller(order);
        return new OrderFacts(product.Product, seller.SaleApplied, seller.RememberedOptionId);
    }

    /// <summary>The orders among <paramref name="orders"/> whose facts in <paramref name="later"/> may differ from these.</summary>
    public IEnumerable<CollectedOrder> ChangedIn(RunFacts later, IEnumerable<CollectedOrder> orders) =>
        orders.Where(order => ProductCode.IsValid(order.ProductCode)
            && (Product(order).Version != later.Product(order).Version || Seller(order) != later.Seller(order)));

    private static OrderContextKey KeyOf(CollectedOrder order) => new(order.ProductCode, order.OptionText);

    private VersionedProduct Product(CollectedOrder order) => _products.GetValueOrDefault(order.ProductCode, Unknown);

    private SellerOrderContext Seller(CollectedOrder order) => _seller.GetValueOrDefault(KeyOf(order), NotApplied);
}
