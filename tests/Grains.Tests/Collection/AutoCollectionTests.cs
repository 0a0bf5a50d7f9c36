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
    public async Task AnotherSmartStoreAccountIsReadFromTheStartOfTheWindowNotFromTheOldAccountsCheckpoint()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var newAccount = await _fixture.Simulator.CreateSellerAsync();

        // Paid in the new account an hour ago, long before the old account's checkpoint (a minute behind now).
        var earlier = await _fixture.Simulator.AddOrdersAsync(newAccount, 1, product.Code, string.Empty, 1, DateTimeOffset.UtcNow.AddHours(-1));
        try
        {
            Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false))).Accepted);
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Checkpoint > DateTimeOffset.UtcNow.AddMinutes(-5), Patience, "automatic runs move the old account's checkpoint");

            var registered = await seller.Grain.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, newAccount, null, null));

            Assert.True(registered.Accepted, registered.ErrorMessage);
            Assert.Null((await seller.Grain.GetSyncHistoryAsync()).Checkpoint);
            await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, earlier[0]) is not null, Patience, "the next automatic run collects the new account's earlier order");
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
