using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using static Grains.Tests.ReadModel.ReadModelRows;

namespace Grains.Tests.ReadModel;

/// <summary>
/// What every <see cref="IOrderReadModel"/> does, run against each implementation (PostgreSQL and in memory), so that
/// grain tests on the in-memory one see the same behaviour as production.
/// </summary>
public abstract class OrderReadModelContract
{
    protected abstract IOrderReadModel Model { get; }

    [Fact]
    public async Task AnOlderVersionNeverReplacesANewerOneAndTheSameVersionIsWrittenAgain()
    {
        var seller = Fresh("seller-");
        var id = Fresh("9");
        await Model.UpsertAsync(seller, Order(id, OrderStatus.Ordered, version: 2));

        await Model.UpsertAsync(seller, Order(id, OrderStatus.Waiting, version: 1));
        Assert.Equal((OrderStatus.Ordered, 2L), await StatusAndVersionAsync(seller, id));

        await Model.UpsertAsync(seller, Order(id, OrderStatus.Ordered, version: 2, productCode: "CH0000777"));
        Assert.Equal("CH0000777", (await Model.FindAsync(seller, id))!.ProductCode);
        Assert.Equal(Counts((OrderStatus.Ordered, 1)), (await Model.ListAsync(seller, null)).Counts);
    }

    [Fact]
    public async Task CountsFollowStatusChangesAndIgnoreRewritesAndRefusedVersions()
    {
        var seller = Fresh("seller-");
        var (a, b, c) = (Fresh("9"), Fresh("9"), Fresh("9"));
        await Model.UpsertAsync(seller, Order(a));
        await Model.UpsertAsync(seller, Order(b));
        await Model.UpsertAsync(seller, Order(c, OrderStatus.CollectionFailed));
        Assert.Equal(Counts((OrderStatus.Waiting, 2), (OrderStatus.CollectionFailed, 1)), await CountsAsync(seller));

        await Model.UpsertAsync(seller, Order(a));
        Assert.Equal(Counts((OrderStatus.Waiting, 2), (OrderStatus.CollectionFailed, 1)), await CountsAsync(seller));

        await Model.UpsertAsync(seller, Order(a, OrderStatus.Ordered, version: 2));
        await Model.UpsertAsync(seller, Order(a, OrderStatus.Waiting, version: 1));
        Assert.Equal(Counts((OrderStatus.Waiting, 1), (OrderStatus.Ordered, 1), (OrderStatus.CollectionFailed, 1)), await CountsAsync(seller));

        // A status left empty is absent, not zero.
        await Model.UpsertAsync(seller, Order(c, OrderStatus.Waiting, version: 2));
        Assert.Equal(Counts((OrderStatus.Waiting, 2), (OrderStatus.Ordered, 1)), await CountsAsync(seller));
    }

    [Fact]
    public async Task AnOrderWrittenForAnotherSellerMovesItsCountToThatSeller()
    {
        var (first, second) = (Fresh("seller-"), Fresh("seller-"));
        var id = Fresh("9");
        await Model.UpsertAsync(first, Order(id));

        await Model.UpsertAsync(second, Order(id, OrderStatus.Ordered, version: 2));

        Assert.Empty(await CountsAsync(first));
        Assert.Null(await Model.FindAsync(first, id));
        Assert.Equal(Counts((OrderStatus.Ordered, 1)), await CountsAsync(second));
        Assert.Equal(id, Assert.Single((await Model.ListAsync(second, null)).Orders).ProductOrderId);
    }

    [Fact]
    public async Task ABatchWritesTheHighestVersionOfEachOrderOnceAndKeepsTheVersionRule()
    {
        var seller = Fresh("seller-");
        var (a, b) = (Fresh("9"), Fresh("9"));

        await Model.UpsertManyAsync(
        [
            (seller, Order(a, OrderStatus.Waiting, version: 1)),
            (seller, Order(a, OrderStatus.Delivered, version: 3)),
            (seller, Order(a, OrderStatus.Ordered, version: 2)),
            (seller, Order(b, OrderStatus.Waiting, version: 1)),
            (seller, Order(b, OrderStatus.Canceled, version: 1)),
        ]);

        Assert.Equal((OrderStatus.Delivered, 3L), await StatusAndVersionAsync(seller, a));
        Assert.Equal((OrderStatus.Canceled, 1L), await StatusAndVersionAsync(seller, b));
        Assert.Equal(Counts((OrderStatus.Delivered, 1), (OrderStatus.Canceled, 1)), await CountsAsync(seller));

        await Model.UpsertManyAsync([(seller, Order(a, OrderStatus.Ordered, version: 2)), (seller, Order(b, OrderStatus.Waiting, version: 2))]);

        Assert.Equal((OrderStatus.Delivered, 3L), await StatusAndVersionAsync(seller, a));
        Assert.Equal(Counts((OrderStatus.Delivered, 1), (OrderStatus.Waiting, 1)), await CountsAsync(seller));
        await Model.UpsertManyAsync([]);
    }

    [Fact]
    public async Task KeysetPagesVisitEveryOrderOnceNewestFirstWithTiesByIdDescending()
    {
        var seller = Fresh("seller-");
        var prefix = Fresh("8");

        // 23 orders, three to a minute (ties broken by id), every fourth not Waiting.
        var orders = Enumerable.Range(0, 23)
            .Select(i => Order($"{prefix}{i:D2}", i % 4 == 0 ? OrderStatus.Ordered : OrderStatus.Waiting, minutesAfterStart: i / 3))
            .ToList();
        await Model.UpsertManyAsync([.. orders.Select(o => (seller, o))]);

        foreach (var status in new OrderStatus?[] { null, OrderStatus.Waiting, OrderStatus.Deleted })
        {
            var expected = orders
                .Where(o => status is null || o.Status == status)
                .OrderByDescending(o => o.OrderedAt)
                .ThenByDescending(o => o.ProductOrderId, StringComparer.Ordinal)
                .Select(o => o.ProductOrderId)
                .ToList();
            var seen = new List<string>();
            OrderPageCursor? after = null;
            do
            {
                var page = await Model.ListAsync(seller, status, after, pageSize: 5);
                Assert.True(page.Orders.Length == 5 || page.Next is null, "only the last page is short");
                Assert.Equal(Counts((OrderStatus.Waiting, 17), (OrderStatus.Ordered, 6)), page.Counts);
                seen.AddRange(page.Orders.Select(o => o.ProductOrderId));
                after = page.Next;
            }
            while (after is not null);

            Assert.Equal(expected, seen);
        }

        var exact = await Model.ListAsync(seller, OrderStatus.Ordered, null, pageSize: 6);
        Assert.Equal(6, exact.Orders.Length);
        Assert.Null(exact.Next);
    }

    [Fact]
    public async Task OpenOrderQueriesSeeOnlyTheNotYetPlacedOrdersOfTheSeller()
    {
        var (seller, other) = (Fresh("seller-"), Fresh("seller-"));
        var (product, second) = (Fresh("CH"), Fresh("CH"));
        var (failed, waiting, ordered, canceled, foreign) = (Fresh("9"), Fresh("9"), Fresh("9"), Fresh("9"), Fresh("9"));
        await Model.UpsertManyAsync(
        [
            (seller, Order(failed, OrderStatus.CollectionFailed, productCode: product, errors: OrderErrorCode.SaleNotApplied)),
            (seller, Order(waiting, OrderStatus.Waiting, productCode: second, errors: OrderErrorCode.OptionMismatch)),
            (seller, Order(ordered, OrderStatus.Ordered, productCode: product)),
            (seller, Order(canceled, OrderStatus.Canceled, productCode: product, errors: OrderErrorCode.SaleNotApplied)),
            (other, Order(foreign, OrderStatus.Waiting, productCode: product, errors: OrderErrorCode.SaleNotApplied)),
        ]);

        Assert.Equal(Sorted(failed, foreign), Sorted([.. await Model.OpenOrderIdsByProductAsync(product)]));
        Assert.Equal(Sorted(failed, waiting), Sorted([.. await Model.OpenOrderIdsAsync(seller, [product, second])]));
        Assert.Equal([product], (await Model.OpenProductCodesWithErrorAsync(seller, OrderErrorCode.SaleNotApplied)).ToArray());
        Assert.Equal([second], (await Model.OpenProductCodesWithErrorAsync(seller, OrderErrorCode.OptionMismatch)).ToArray());
        Assert.Equal(Sorted(ordered, waiting), Sorted([.. await Model.KnownIdsAsync(seller, [ordered, waiting, foreign, "missing"])]));
        Assert.Null(await Model.FindAsync(seller, foreign));
        Assert.Equal(OrderStatus.Waiting, (await Model.FindAsync(other, foreign))!.Status);
    }

    [Fact]
    public async Task ASuppliersListHoldsItsPlacedOrdersOfEverySellerNewestPlacedFirstWithItsCounts()
    {
        var (supplier, otherSupplier) = (Fresh("supplier-"), Fresh("supplier-"));
        var (seller, secondSeller) = (Fresh("seller-"), Fresh("seller-"));
        var prefix = Fresh("5");

        // 14 placed orders of two sellers, two to a minute (ties broken by id), in the three statuses placing leads to.
        var placed = Enumerable.Range(0, 14)
            .Select(i => (Seller: i % 3 == 0 ? secondSeller : seller,
                          Order: Placed($"{prefix}{i:D2}", supplier, minutesPlacedAfterStart: i / 2,
                                        status: (i % 5) switch { 0 => OrderStatus.Delivered, 1 => OrderStatus.Canceled, _ => OrderStatus.Ordered })))
            .ToList();
        await Model.UpsertManyAsync(
        [
            .. placed,
            (seller, Placed(Fresh("5"), otherSupplier)),
            (seller, Order(Fresh("5"), OrderStatus.Canceled)),
            (seller, Order(Fresh("5"), OrderStatus.Waiting)),
        ]);
        var counts = Counts((OrderStatus.Ordered, 8), (OrderStatus.Delivered, 3), (OrderStatus.Canceled, 3));

        foreach (var status in new OrderStatus?[] { null, OrderStatus.Ordered, OrderStatus.Canceled, OrderStatus.Waiting })
        {
            var expected = placed.Select(p => p.Order)
                .Where(o => status is null || o.Status == status)
                .OrderByDescending(o => o.PlacedAt)
                .ThenByDescending(o => o.ProductOrderId, StringComparer.Ordinal)
                .Select(o => o.ProductOrderId)
                .ToList();
            var seen = new List<string>();
            OrderPageCursor? after = null;
            do
            {
                var page = await Model.ListForSupplierAsync(supplier, status, after, pageSize: 3);
                Assert.True(page.Orders.Length == 3 || page.Next is null, "only the last page is short");
                Assert.Equal(counts, page.Counts);
                seen.AddRange(page.Orders.Select(o => o.ProductOrderId));
                after = page.Next;
            }
            while (after is not null);

            Assert.Equal(expected, seen);
        }

        // An order of the supplier that moves on (delivered) moves between its counts.
        var (_, first) = placed[2];
        await Model.UpsertAsync(seller, first with { Status = OrderStatus.Delivered, Version = first.Version + 1 });
        Assert.Equal(Counts((OrderStatus.Ordered, 7), (OrderStatus.Delivered, 4), (OrderStatus.Canceled, 3)),
            (await Model.ListForSupplierAsync(supplier, OrderStatus.Delivered)).Counts);
        var empty = await Model.ListForSupplierAsync(Fresh("supplier-"), null);
        Assert.Empty(empty.Orders);
        Assert.Empty(empty.Counts);
    }

    [Fact]
    public async Task AnOrderIsFoundByItsOnchannelNumberAndItsSellerByItsId()
    {
        var (seller, other) = (Fresh("seller-"), Fresh("seller-"));
        var (id, waiting) = (Fresh("9"), Fresh("9"));
        var order = Placed(id, Fresh("supplier-"));
        await Model.UpsertManyAsync([(seller, order), (other, Order(waiting))]);

        var found = await Model.FindByOnchOrderNoAsync(order.OnchOrderNo!);
        Assert.Equal((id, order.SupplierId, order.PlacedAt), (found?.ProductOrderId, found?.SupplierId, found?.PlacedAt));
        Assert.Null(await Model.FindByOnchOrderNoAsync("ON20991231000001"));
        Assert.Equal(seller, await Model.SellerOfAsync(id));
        Assert.Equal(other, await Model.SellerOfAsync(waiting));
        Assert.Null(await Model.SellerOfAsync(Fresh("9")));

        await Model.UpsertAsync(other, order with { Version = order.Version + 1 });
        Assert.Equal(other, await Model.SellerOfAsync(id));
    }

    [Fact]
    public async Task OrderableOrdersAreListedOldestFirstAndTheirAmountsAddUp()
    {
        var (seller, other) = (Fresh("seller-"), Fresh("seller-"));
        var prefix = Fresh("4");
        var (late, early, tiedLow, tiedHigh, parked) = ($"{prefix}5", $"{prefix}1", $"{prefix}2", $"{prefix}3", $"{prefix}4");
        await Model.UpsertManyAsync(
        [
            (seller, Order(late, minutesAfterStart: 30) with { Amount = 1_000 }),
            (seller, Order(early, minutesAfterStart: -30) with { Amount = 2_000 }),
            (seller, Order(tiedHigh, minutesAfterStart: 0) with { Amount = 300 }),
            (seller, Order(tiedLow, minutesAfterStart: 0) with { Amount = 40 }),

            // 포인트 부족 stays orderable: a top-up resumes it.
            (seller, Order(parked, minutesAfterStart: 10, errors: OrderErrorCode.InsufficientPoints) with { Orderable = true, Amount = 5 }),
            (seller, Order(Fresh("4"), OrderStatus.Waiting, minutesAfterStart: -60, errors: OrderErrorCode.OptionMismatch)),
            (seller, Order(Fresh("4"), OrderStatus.CollectionFailed, minutesAfterStart: -60, errors: OrderErrorCode.SaleNotApplied)),
            (seller, Placed(Fresh("4"), Fresh("supplier-"))),
            (other, Order(Fresh("4"), minutesAfterStart: -90) with { Amount = 70_000 }),
        ]);

        Assert.Equal([early, tiedLow, tiedHigh, parked, late], (await Model.OrderableIdsAsync(seller, 10)).ToArray());
        Assert.Equal([early, tiedLow], (await Model.OrderableIdsAsync(seller, 2)).ToArray());
        Assert.Equal(3_345, await Model.PointsNeededAsync(seller));

        // Placed, it is no longer needed.
        await Model.UpsertAsync(seller, Placed(early, Fresh("supplier-")) with { Amount = 2_000 });
        Assert.Equal([tiedLow, tiedHigh, parked, late], (await Model.OrderableIdsAsync(seller, 10)).ToArray());
        Assert.Equal(1_345, await Model.PointsNeededAsync(seller));
        Assert.Empty(await Model.OrderableIdsAsync(Fresh("seller-"), 10));
        Assert.Equal(0, await Model.PointsNeededAsync(Fresh("seller-")));
    }

    [Fact]
    public async Task LateShipmentsArePlacedOrdersWithoutATrackingNumberPlacedBeforeTheTimeOldestFirst()
    {
        var (seller, other) = (Fresh("seller-"), Fresh("seller-"));
        var (supplier, secondSupplier) = (Fresh("supplier-"), Fresh("supplier-"));
        var prefix = Fresh("3");

        // Placed years before every other test's orders, so that the query over everyone sees only these.
        var minutes = -10 * 365 * 24 * 60;
        var (a, b, c, d) = ($"{prefix}1", $"{prefix}2", $"{prefix}3", $"{prefix}4");
        await Model.UpsertManyAsync(
        [
            (seller, Placed(a, supplier, minutes + 3)),
            (seller, Placed(b, secondSupplier, minutes + 1)),
            (other, Placed(c, supplier, minutes + 2)),
            (other, Placed(d, supplier, minutes + 2)),
            (seller, Placed(Fresh("3"), supplier, minutes, tracking: new Tracking("CJGLS", "123456789012"))),
            (seller, Placed(Fresh("3"), supplier, minutes, status: OrderStatus.Delivered)),
            (seller, Placed(Fresh("3"), supplier, minutes, status: OrderStatus.Canceled)),
            (seller, Placed(Fresh("3"), supplier, minutes + 10)),
            (seller, Order(Fresh("3"), OrderStatus.Waiting, minutesAfterStart: minutes)),
        ]);
        var before = Start.AddMinutes(minutes + 5);

        Assert.Equal([b, c, d, a], await IdsAsync(Model.LateShipmentsAsync(null, null, before, 10)));
        Assert.Equal([b, a], await IdsAsync(Model.LateShipmentsAsync(seller, null, before, 10)));
        Assert.Equal([c, d, a], await IdsAsync(Model.LateShipmentsAsync(null, supplier, before, 10)));
        Assert.Equal([a], await IdsAsync(Model.LateShipmentsAsync(seller, supplier, before, 10)));
        Assert.Equal([b, c], await IdsAsync(Model.LateShipmentsAsync(null, null, before, 2)));
        Assert.Equal([b], await IdsAsync(Model.LateShipmentsAsync(null, null, Start.AddMinutes(minutes + 2), 10)));

        // A tracking number entered takes it off the list.
        var withTracking = Placed(a, supplier, minutes + 3, version: 3, tracking: new Tracking("HANJIN", "987654321098"));
        await Model.UpsertAsync(seller, withTracking);
        Assert.Equal([b], await IdsAsync(Model.LateShipmentsAsync(seller, null, before, 10)));
    }

    private static async Task<string[]> IdsAsync(Task<System.Collections.Immutable.ImmutableArray<OrderView>> orders) =>
        [.. (await orders).Select(o => o.ProductOrderId)];

    private static string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    private async Task<(OrderStatus, long)> StatusAndVersionAsync(string seller, string id)
    {
        var order = await Model.FindAsync(seller, id) ?? throw new InvalidOperationException($"Order {id} of {seller} is missing.");
        return (order.Status, order.Version);
    }

    private async Task<IReadOnlyDictionary<OrderStatus, int>> CountsAsync(string seller) =>
        (await Model.ListAsync(seller, null)).Counts;
}
