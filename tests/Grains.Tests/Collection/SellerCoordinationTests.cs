using Grains.Interfaces.Sellers;
using Orleans.Core.Internal;
using Tests.Shared;

namespace Grains.Tests.Collection;

/// <summary>
/// The seller grain as a coordinator: its commands answer while a collection waits on SmartStore, other calls only
/// see persisted state, its reminder follows the saved settings, a SmartStore account belongs to one seller, and
/// quiet collection ticks write nothing.
/// </summary>
[Collection(CollectionCluster.Name)]
public sealed class SellerCoordinationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CollectionFixture _fixture;

    public SellerCoordinationTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task SettingsOptionChoicesAndSaleApplicationsAnswerWhileACollectionWaitsOnSmartStore()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("a", "색상: 빨강"), TestSeller.Option("b", "색상: 파랑")]));
        await seller.ApplyForSaleAsync(product.Code);
        var id = (await seller.AddOrdersAsync(1, product.Code, "빨강?"))[0];
        await seller.CollectAsync();
        var other = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var clientId = _fixture.PlatformClientId;

        // The next listing answers only after 5 s: a collection in flight.
        await _fixture.Simulator.InjectLatencyAsync(clientId, "product-orders", 5_000);
        var collecting = seller.Grain.CollectAsync();

        Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(false, false))).Accepted);
        Assert.True((await seller.Grain.ChooseOptionAsync(id, "a")).Succeeded);
        Assert.Contains(other.Code, (await seller.Grain.ApplyForSaleAsync([other.Code])).Applied);
        Assert.NotNull(await seller.Grain.GetSyncHistoryAsync());
        Assert.False(collecting.IsCompleted, "the commands answered before the collection waiting on SmartStore finished");
        Assert.True((await collecting).Succeeded);
    }

    [Fact]
    public async Task AFailedSettingsWriteLeavesTheSavedSettingsVisibleAndChangesNothing()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var trigger = "fail_" + seller.SellerId.Replace('-', '_');
        await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, $"""
            CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
            CREATE TRIGGER {trigger} BEFORE INSERT OR UPDATE ON OrleansStorage FOR EACH ROW
                WHEN (NEW.grain_type = 'seller' AND NEW.grain_id_ext = 'seller:{seller.SellerId}') EXECUTE FUNCTION {trigger}();
            """);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => seller.Grain.UpdateSettingsAsync(new SellerSettings(true, true)));

            Assert.Equal(SellerSettings.Off, await seller.Grain.GetSettingsAsync());
            Assert.Equal(0, await ReminderCountAsync(seller.SellerId));
        }
        finally
        {
            await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, $"DROP TRIGGER {trigger} ON OrleansStorage; DROP FUNCTION {trigger}();");
        }

        Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false))).Accepted);
        Assert.Equal(new SellerSettings(true, false), await seller.Grain.GetSettingsAsync());
        await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
    }

    [Fact]
    public async Task ActivationRestoresAMissingCollectionReminderAndRemovesAStrayOne()
    {
        var on = await TestSeller.CreateAsync(_fixture);
        var off = await TestSeller.CreateAsync(_fixture);
        try
        {
            await on.Grain.UpdateSettingsAsync(new SellerSettings(true, false));
            await off.Grain.UpdateSettingsAsync(new SellerSettings(true, false));
            await off.Grain.UpdateSettingsAsync(SellerSettings.Off);
            Assert.Equal(1, await ReminderCountAsync(on.SellerId));
            Assert.Equal(0, await ReminderCountAsync(off.SellerId));

            // As if a crash came between the settings write and the reminder table: drop one, forge the other.
            await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString,
                "DELETE FROM OrleansRemindersTable WHERE grain_id LIKE '%' || @seller", ("seller", SellerKey.For(on.SellerId)));
            await Deactivate(on);
            await Deactivate(off);
            await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, """
                INSERT INTO OrleansRemindersTable (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
                SELECT service_id, replace(grain_id, @from, @to), reminder_name, start_time, period, grain_hash, 0
                FROM OrleansRemindersTable WHERE grain_id LIKE '%' || @from LIMIT 1
                """, ("from", SellerKey.For(on.SellerId)), ("to", SellerKey.For(off.SellerId)));

            Assert.False((await on.Grain.GetSettingsAsync()).AutoOrder);
            await off.Grain.GetSettingsAsync();

            Assert.Equal(1, await ReminderCountAsync(on.SellerId));
            Assert.Equal(0, await ReminderCountAsync(off.SellerId));
        }
        finally
        {
            await on.Grain.UpdateSettingsAsync(SellerSettings.Off);
        }
    }

    [Fact]
    public async Task ASmartStoreAccountBelongsToOneSellerEvenWhenTwoRegisterAtOnce()
    {
        var accountId = await _fixture.Simulator.CreateSellerAsync();
        var a = _fixture.Grains.GetSeller("claim-a-" + Guid.NewGuid().ToString("N")[..8]);
        var b = _fixture.Grains.GetSeller("claim-b-" + Guid.NewGuid().ToString("N")[..8]);
        var registration = new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null);

        var results = await Task.WhenAll(a.RegisterSmartStoreAsync(registration), b.RegisterSmartStoreAsync(registration));

        Assert.Single(results, r => r.Accepted);
        var refused = Assert.Single(results, r => !r.Accepted);
        Assert.Equal("AccountTaken", refused.ErrorCode);
        Assert.Contains("이미 다른 온채널 계정", refused.ErrorMessage, StringComparison.Ordinal);
        var (owner, stranger) = results[0].Accepted ? (a, b) : (b, a);
        Assert.Null(await stranger.GetSmartStoreAccountAsync());

        // The owner may register its own account again; a differently written id is the same account.
        Assert.True((await owner.RegisterSmartStoreAsync(registration with { AccountId = " " + accountId.ToUpperInvariant() + " " })).Accepted
            || (await owner.RegisterSmartStoreAsync(registration)).Accepted);
        Assert.False((await stranger.RegisterSmartStoreAsync(registration with { AccountId = accountId.ToUpperInvariant() })).Accepted);

        // Moving to another account releases the old one.
        var otherAccount = await _fixture.Simulator.CreateSellerAsync();
        Assert.True((await owner.RegisterSmartStoreAsync(registration with { AccountId = otherAccount })).Accepted);
        Assert.True((await stranger.RegisterSmartStoreAsync(registration)).Accepted);
        Assert.False((await stranger.RegisterSmartStoreAsync(registration with { AccountId = otherAccount })).Accepted);
    }

    [Fact]
    public async Task AutomaticTicksThatFindNothingWriteNoGrainState()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        try
        {
            await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false));
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= 2, Patience, "two automatic runs");
            var writes = await StateVersionAsync(seller.SellerId);
            var runs = (await seller.Grain.GetSyncHistoryAsync()).Runs;

            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= runs + 3, Patience, "three more quiet runs");

            Assert.Equal(writes, await StateVersionAsync(seller.SellerId));
            Assert.NotNull((await seller.Grain.GetSyncHistoryAsync()).Checkpoint);
        }
        finally
        {
            await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
        }
    }

    [Fact]
    public async Task ARunThatThrowsIsRecordedWithItsCodeAndTheNextRunWorks()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.AddOrdersAsync(1, product.Code);

        // The read model's table is gone for a moment: every query of the run fails in PostgreSQL.
        await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, "ALTER TABLE order_read RENAME TO order_read_away");
        CollectionRun failed;
        try
        {
            failed = await seller.Grain.CollectAsync();
        }
        finally
        {
            await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, "ALTER TABLE order_read_away RENAME TO order_read");
        }

        Assert.Equal("RunFailed", failed.ErrorCode);
        var history = await seller.Grain.GetSyncHistoryAsync();
        Assert.Equal("RunFailed", history.LastErrorCode);
        Assert.Contains("다음 수집 때 다시", history.LastErrorMessage, StringComparison.Ordinal);

        Assert.Equal(1, (await seller.CollectAsync()).Collected);
        Assert.Equal((await seller.Grain.GetSyncHistoryAsync()).LastRunAt, (await seller.Grain.GetSyncHistoryAsync()).LastSucceededAt);
    }

    private Task<int> ReminderCountAsync(string sellerId) =>
        TestPostgres.ScalarAsync<int>(_fixture.ConnectionString,
            "SELECT count(*)::int FROM OrleansRemindersTable WHERE grain_id LIKE '%' || @seller AND reminder_name = 'auto-collect'",
            ("seller", SellerKey.For(sellerId)));

    private Task<int> StateVersionAsync(string sellerId) =>
        TestPostgres.ScalarAsync<int>(_fixture.ConnectionString,
            "SELECT coalesce(sum(version), 0)::int FROM OrleansStorage WHERE grain_id_ext = @key AND grain_type IN ('seller', 'collection')",
            ("key", SellerKey.For(sellerId)));

    private static async Task Deactivate(TestSeller seller)
    {
        await seller.Grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await seller.Fixture.Grains.GetGrain<ISellerCollectionGrain>(SellerKey.For(seller.SellerId)).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
    }
}
