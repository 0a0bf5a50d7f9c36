using Infrastructure.Database;
using Tests.Shared;

namespace Foundation.Tests;

public sealed class SchemaMigrationTests
{
    private static readonly string[] ProviderQueryKeys =
    [
        "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        "ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey",
        "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
    ];

    [Fact]
    public async Task MigratingTwiceAppliesEverythingOnceAndThenNothing()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrate");
        var migrator = new SchemaMigrator();

        var first = await migrator.MigrateAsync(connectionString);
        var second = await migrator.MigrateAsync(connectionString);

        Assert.Equal(SchemaMigrator.Embedded.Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(SchemaMigrator.LatestVersion, await TestPostgres.ScalarAsync<int>(connectionString, "SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task ConcurrentMigrationsApplyEachFileExactlyOnce()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrate_race");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new SchemaMigrator().MigrateAsync(connectionString))));

        Assert.Equal(SchemaMigrator.Embedded.Count, results.Sum(r => r.Count));
        Assert.Equal(SchemaMigrator.Embedded.Count, await TestPostgres.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task TheQueryCatalogHoldsEveryProviderKey()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("catalog");

        foreach (var key in ProviderQueryKeys)
        {
            var found = await TestPostgres.ScalarAsync<long>(connectionString, "SELECT count(*) FROM OrleansQuery WHERE QueryKey = @key", ("key", key));
            Assert.True(found == 1, $"OrleansQuery lacks {key}");
        }
    }
}
