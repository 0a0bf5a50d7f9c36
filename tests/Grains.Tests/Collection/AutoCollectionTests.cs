using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using SmartStore;
using SmartStore.Models;
using Tests.Shared;

namespace Grains.Tests.Collection;

[Collection(CollectionCluster.Name)]
public sealed class AutoCollectionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CollectionFixture _fixture;

    public AutoCollectionTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task TheReminderCollectsNewOrdersThenAppliesCancellationsAndDeliveries()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = await seller.AddOrdersAsync(2, product.Code, paidAt: DateTimeOffset.UtcNow);
        try
        {
            Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false))).Accepted);

            await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, ids[1]) is not null, Patience, "the reminder collects both new orders");
            Assert.True((await seller.ViewAsync(ids[0])).Orderable);

            await _fixture.Simulator.CancelAsync(ids[0]);
            await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[0])).Status == OrderStatus.Canceled, Patience, "the buyer's cancellation reaches the waiting order");

            Assert.True((await seller.PlaceAsync(ids[1])).Placed);
            var credentials = SmartStoreCredentials.ForSolutionSeller(seller.AccountId);
            Assert.True((await _fixture.SmartStore.ConfirmAsync(credentials, seller.SellerId, [ids[1]], CancellationToken.None)).IsSuccess);
            Assert.True((await _fixture.SmartStore.DispatchAsync(credentials, seller.SellerId, [new DispatchItem(ids[1], "CJGLS", "123456789012", DateTimeOffset.UtcNow)], CancellationToken.None)).IsSuccess);
            await _fixture.Simulator.DeliverAsync(ids[1]);
            await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[1])).Status == OrderStatus.Delivered, Patience, "SmartStore's DELIVERED reaches the placed order");

            var history = await seller.Grain.GetSyncHistoryAsync();
            Assert.True(history.LastRunAutomatic);
            Assert.NotNull(history.Checkpoint);
            Assert.Equal(2, history.TotalCollected);
            var counts = (await _fixture.ReadStore.ListAsync(seller.SellerId, null)).Counts;
            Assert.Equal(1, counts[OrderStatus.Canceled]);
            Assert.Equal(1, counts[OrderStatus.Delivered]);
        }
        finally
        {
            await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
        }
    }

    [Fact]
    public async Task TheCheckpointStaysWhenOrdersCannotBePersistedAndCatchesUpAfterwards()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var trigger = "fail_" + seller.SellerId.Replace('-', '_');
        try
        {
            await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false));
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Checkpoint is not null, Patience, "a first automatic run sets the checkpoint");

            // Injected failure: the read model refuses this seller's rows, so its orders cannot be fully persisted.
            await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, $"""
                CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
                CREATE TRIGGER {trigger} BEFORE INSERT OR UPDATE ON order_read FOR EACH ROW
                    WHEN (NEW.seller_id = '{seller.SellerId}') EXECUTE FUNCTION {trigger}();
                """);
            var id = (await seller.AddOrdersAsync(1, product.Code, paidAt: DateTimeOffset.UtcNow))[0];
            SyncHistory? failed = null;
            await Wait.UntilAsync(async () => (failed = await seller.Grain.GetSyncHistoryAsync()).LastErrorCode == "PersistFailed", Patience, "a run fails to persist the new order");
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= failed!.Runs + 2, Patience, "two more automatic runs");

            var stuck = await seller.Grain.GetSyncHistoryAsync();
            Assert.Equal(failed!.Checkpoint, stuck.Checkpoint);
            Assert.Equal(stuck.LastRunAt, stuck.LastErrorAt);
            Assert.Null(await _fixture.ReadStore.FindAsync(seller.SellerId, id));

            await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, $"DROP TRIGGER {trigger} ON order_read; DROP FUNCTION {trigger}();");
            await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, id) is not null, Patience, "the next run persists the order");
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Checkpoint > failed.Checkpoint, Patience, "the checkpoint moves on");
            Assert.True((await seller.ViewAsync(id)).Orderable);
        }
        finally
        {
            await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
            await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, $"DROP TRIGGER IF EXISTS {trigger} ON order_read; DROP FUNCTION IF EXISTS {trigger}();");
        }
    }
}
