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

    private static string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    private async Task<(OrderStatus, long)> StatusAndVersionAsync(string seller, string id)
    {
        var order = await Model.FindAsync(seller, id) ?? throw new InvalidOperationException($"Order {id} of {seller} is missing.");
        return (order.Status, order.Version);
    }

    private async Task<IReadOnlyDictionary<OrderStatus, int>> CountsAsync(string seller) =>
        (await Model.ListAsync(seller, null)).Counts;
}
