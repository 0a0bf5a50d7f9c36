using Grains.Interfaces.Sellers;
using Grains.Sellers;
using Tests.Shared;

namespace Foundation.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SellerSettingsTests(ClusterFixture fixture)
{
    private static string NewSellerId() => $"s{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task NewSellerHasBothSwitchesOff()
    {
        var settings = await fixture.Cluster.GrainFactory.GetSeller(NewSellerId()).GetSettingsAsync();

        Assert.Equal(SellerSettings.Off, settings);
    }

    [Fact]
    public async Task SettingsSurviveGrainDeactivation()
    {
        var seller = fixture.Cluster.GrainFactory.GetSeller(NewSellerId());
        var change = await seller.UpdateSettingsAsync(new SellerSettings(AutoCollect: true, AutoOrder: true));
        Assert.True(change.Accepted);

        await fixture.Cluster.DeactivateAsync(seller);
        await fixture.Cluster.WaitForDeactivationAsync(seller);

        Assert.Equal(new SellerSettings(true, true), await seller.GetSettingsAsync());
    }

    [Fact]
    public async Task SettingsAreStoredInPostgresUnderTheSellerStateName()
    {
        var sellerId = NewSellerId();
        await fixture.Cluster.GrainFactory.GetSeller(sellerId).UpdateSettingsAsync(new SellerSettings(true, false));

        var rows = await TestPostgres.ScalarAsync<long>(
            fixture.ConnectionString,
            "SELECT count(*) FROM OrleansStorage WHERE grain_type = 'seller' AND grain_id_ext = @key AND payload IS NOT NULL",
            ("key", SellerKey.For(sellerId)));

        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task OrderingOnAloneIsRefusedAndChangesNothing()
    {
        var seller = fixture.Cluster.GrainFactory.GetSeller(NewSellerId());

        var change = await seller.UpdateSettingsAsync(new SellerSettings(AutoCollect: false, AutoOrder: true));

        Assert.False(change.Accepted);
        Assert.Contains("자동 주문 수집", change.Error, StringComparison.Ordinal);
        Assert.Equal(SellerSettings.Off, await seller.GetSettingsAsync());
    }

    [Fact]
    public async Task TurningCollectionOffTurnsOrderingOff()
    {
        var seller = fixture.Cluster.GrainFactory.GetSeller(NewSellerId());
        await seller.UpdateSettingsAsync(new SellerSettings(true, true));

        var change = await seller.UpdateSettingsAsync(new SellerSettings(AutoCollect: false, AutoOrder: true));

        Assert.True(change.Accepted);
        Assert.Equal(SellerSettings.Off, change.Settings);
        Assert.Equal(SellerSettings.Off, await seller.GetSettingsAsync());
    }

    [Fact]
    public async Task ReminderRowAppearsWhenCollectionTurnsOnAndDisappearsWhenItTurnsOff()
    {
        var sellerId = NewSellerId();
        var seller = fixture.Cluster.GrainFactory.GetSeller(sellerId);
        const string count = "SELECT count(*) FROM OrleansRemindersTable WHERE grain_id LIKE '%' || @key AND reminder_name = @name";
        (string, object)[] parameters = [("key", SellerKey.For(sellerId)), ("name", SellerGrain.AutoCollectReminder)];

        await seller.UpdateSettingsAsync(new SellerSettings(true, false));
        Assert.Equal(1, await TestPostgres.ScalarAsync<long>(fixture.ConnectionString, count, parameters));

        await seller.UpdateSettingsAsync(new SellerSettings(false, false));
        Assert.Equal(0, await TestPostgres.ScalarAsync<long>(fixture.ConnectionString, count, parameters));
    }
}
