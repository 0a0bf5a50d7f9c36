using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Orleans.Core.Internal;
using Tests.Shared;

namespace Grains.Tests.Collection;

/// <summary>
/// The read model converges to the grains' state by itself: after a failed projection, after a failed re-validation
/// fan-out, and when a fan-out runs while an order is being created.
/// </summary>
[Collection(CollectionCluster.Name)]
public sealed class ReadModelRepairTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);
    private readonly CollectionFixture _fixture;

    public ReadModelRepairTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task AnOrderWhoseProjectionFailedRepairsItsRowWhenItIsActivatedAgain()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var id = (await seller.AddOrdersAsync(1, product.Code))[0];
        CollectionRun run;
        await using (await DatabaseFault.OnAsync(_fixture, "order_read", $"NEW.product_order_id = '{id}'", "RAISE EXCEPTION 'injected failure'"))
        {
            run = await seller.Grain.CollectAsync();
        }

        Assert.Equal("PersistFailed", run.ErrorCode);
        Assert.Null(await _fixture.ReadStore.FindAsync(seller.SellerId, id));
        Assert.True((await seller.ViewAsync(id)).Orderable, "the order's state was persisted before its projection failed");

        await seller.Order(id).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var view = await seller.ViewAsync(id);

        Assert.Equal(view.Version, (await _fixture.ReadStore.FindAsync(seller.SellerId, id))?.Version);
    }

    [Fact]
    public async Task AnOrderWhoseStateOutlivedItsRowIsCollectedAgainAsKnownAndItsRowRepaired()
    {
        // A crash between the state write and the (batched) read-model write: the state is stored, the row is not.
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var id = (await seller.AddOrdersAsync(1, product.Code))[0];
        await using (await DatabaseFault.OnAsync(_fixture, "order_read", $"NEW.product_order_id = '{id}'", "RAISE EXCEPTION 'injected failure'"))
        {
            Assert.Equal("PersistFailed", (await seller.Grain.CollectAsync()).ErrorCode);
        }

        await seller.Order(id).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Null(await _fixture.ReadStore.FindAsync(seller.SellerId, id));

        // The read model does not know the order, so the collection hands it over as new to a fresh activation.
        var again = await seller.Grain.CollectAsync();

        Assert.Null(again.ErrorCode);
        Assert.Equal(0, again.Summary.Collected);
        var row = await _fixture.ReadStore.FindAsync(seller.SellerId, id);
        Assert.Equal(1, row?.Version);
        Assert.True(row?.Orderable);
        Assert.Equal(1, await TestPostgres.ScalarAsync<int>(
            _fixture.ConnectionString, "SELECT count(*)::int FROM OrleansStorage WHERE grain_type = 'order' AND grain_id_ext = @key AND version = 1", ("key", OrderKey.For(id))));
    }

    [Fact]
    public async Task ASaleApplicationMadeWhileAnOrderIsBeingCreatedStillReachesIt()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var id = (await seller.AddOrdersAsync(1, product.Code))[0];
        Task<CollectionRun> collecting;
        await using (await DatabaseFault.OnAsync(_fixture, "OrleansStorage", $"NEW.grain_type = 'order' AND NEW.grain_id_ext = 'order:{id}'", "PERFORM pg_sleep(2)"))
        {
            // The order validated itself (판매 신청 missing) and is now writing its state, slowly.
            collecting = seller.Grain.CollectAsync();
            await Wait.UntilAsync(
                async () => await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, "SELECT count(*)::int FROM pg_stat_activity WHERE wait_event = 'PgSleep'") > 0,
                Patience,
                "the new order is writing its state");
            var applied = await seller.Grain.ApplyForSaleAsync([product.Code]);
            Assert.Equal(0, applied.RevalidatedOrders);
        }

        Assert.Equal(1, (await collecting).Summary.Collected);
        var order = await seller.ViewAsync(id);
        Assert.True(order.Orderable, string.Join(", ", order.Errors.Select(e => e.Code)));
        Assert.True((await _fixture.ReadStore.FindAsync(seller.SellerId, id))!.Orderable);
    }

    [Fact]
    public async Task AnOrderWhoseSecondLookAfterTheRunFailedIsValidatedFromTheSellersBacklog()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var id = (await seller.AddOrdersAsync(1, product.Code))[0];
        CollectionRun run;

        // The order's first write is slow, so 판매 신청 lands while it is being created; the run's second look at the
        // order (its next write) then fails.
        await using (await DatabaseFault.OnAsync(
            _fixture,
            "OrleansStorage",
            $"NEW.grain_type = 'order' AND NEW.grain_id_ext = 'order:{id}'",
            "IF NEW.version = 1 THEN PERFORM pg_sleep(2); ELSE RAISE EXCEPTION 'injected failure'; END IF"))
        {
            var collecting = seller.Grain.CollectAsync();
            await Wait.UntilAsync(
                async () => await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, "SELECT count(*)::int FROM pg_stat_activity WHERE wait_event = 'PgSleep'") > 0,
                Patience,
                "the new order is writing its state");
            Assert.Equal(0, (await seller.Grain.ApplyForSaleAsync([product.Code])).RevalidatedOrders);
            run = await collecting;
            Assert.False((await seller.ViewAsync(id)).Orderable);
        }

        // The order is persisted and its re-check is owed, not lost: the run succeeded and the backlog finishes it.
        Assert.Null(run.ErrorCode);
        Assert.Equal(1, run.Summary.Collected);
        await Wait.UntilAsync(async () => (await seller.ViewAsync(id)).Orderable, Patience, "the seller's backlog re-validates the order");
        await Wait.UntilAsync(async () => (await _fixture.ReadStore.FindAsync(seller.SellerId, id))!.Orderable, Patience, "and its row");
    }

    [Fact]
    public async Task AReValidationThatFailedIsRetriedFromTheBacklogUntilItSucceeds()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var id = (await seller.AddOrdersAsync(1, product.Code))[0];
        await seller.CollectAsync();
        Assert.Equal(OrderStatus.CollectionFailed, (await seller.ViewAsync(id)).Status);

        await using (await DatabaseFault.OnAsync(_fixture, "OrleansStorage", $"NEW.grain_type = 'order' AND NEW.grain_id_ext = 'order:{id}'", "RAISE EXCEPTION 'injected failure'"))
        {
            Assert.Equal(0, (await seller.Grain.ApplyForSaleAsync([product.Code])).RevalidatedOrders);
        }

        await Wait.UntilAsync(async () => (await seller.ViewAsync(id)).Orderable, Patience, "the backlog re-validates the order");
        await Wait.UntilAsync(async () => (await _fixture.ReadStore.FindAsync(seller.SellerId, id))!.Orderable, Patience, "and its row");
    }
}
