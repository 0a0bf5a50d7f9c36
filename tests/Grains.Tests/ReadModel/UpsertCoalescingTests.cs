using Grains.Interfaces.Orders;
using Tests.Shared;
using static Grains.Tests.ReadModel.ReadModelRows;

namespace Grains.Tests.ReadModel;

/// <summary>
/// Concurrent single-row upserts of the PostgreSQL read model go to the database together, in multi-row statements:
/// every row still lands, no row goes back to an older version, a bad row fails only its own caller, and the
/// statements are fewer than the rows.
/// </summary>
public sealed class UpsertCoalescingTests(ReadModelDatabase database) : IClassFixture<ReadModelDatabase>
{
    [Fact]
    public async Task ConcurrentUpsertsAllLandInFewerTransactionsThanRows()
    {
        var sellers = new[] { Fresh("seller-"), Fresh("seller-"), Fresh("seller-") };
        var rows = Enumerable.Range(0, 300).Select(i => (Seller: sellers[i % sellers.Length], Order: Order(Fresh("5"), minutesAfterStart: -i))).ToList();

        await Task.WhenAll(rows.Select(row => Task.Run(() => database.Model.UpsertAsync(row.Seller, row.Order))));

        // A row's projection time is its transaction's start: rows written together share one.
        var transactions = await TestPostgres.ScalarAsync<long>(
            database.ConnectionString, "SELECT count(DISTINCT projected_at) FROM order_read WHERE seller_id = ANY(@sellers)", ("sellers", sellers));
        Assert.True(transactions < rows.Count, $"{transactions} write transactions for {rows.Count} concurrent rows: the upserts were not coalesced");
        foreach (var seller in sellers)
        {
            var expected = rows.Where(r => r.Seller == seller).Select(r => r.Order.ProductOrderId).Order(StringComparer.Ordinal).ToArray();
            var stored = await TestPostgres.ScalarAsync<string[]>(
                database.ConnectionString, "SELECT array_agg(product_order_id ORDER BY product_order_id COLLATE \"C\") FROM order_read WHERE seller_id = @seller", ("seller", seller));
            Assert.Equal(expected, stored);
            Assert.Equal(expected.Length, (await database.Model.ListAsync(seller, null)).Counts.Values.Sum());
        }
    }

    [Fact]
    public async Task VersionsOfOneOrderWrittenAtOnceInAnyOrderEndAtTheHighest()
    {
        var seller = Fresh("seller-");
        var id = Fresh("4");
        var versions = Enumerable.Range(1, 60).OrderBy(_ => Random.Shared.Next()).ToArray();

        await Task.WhenAll(versions.Select(version => Task.Run(() =>
            database.Model.UpsertAsync(seller, Order(id, version % 2 == 0 ? OrderStatus.Waiting : OrderStatus.CollectionFailed, version)))));

        var row = await database.Model.FindAsync(seller, id);
        Assert.Equal(60, row?.Version);
        Assert.Equal(OrderStatus.Waiting, row?.Status);
        Assert.Equal(1, (await database.Model.ListAsync(seller, null)).Counts.Values.Sum());

        // A late older version is refused after the fact too.
        await database.Model.UpsertAsync(seller, Order(id, OrderStatus.CollectionFailed, version: 3));
        Assert.Equal(60, (await database.Model.FindAsync(seller, id))?.Version);
    }

    [Fact]
    public async Task ARowTheDatabaseRefusesFailsOnlyItsOwnCaller()
    {
        var seller = Fresh("seller-");
        var ids = Enumerable.Range(0, 120).Select(_ => Fresh("3")).ToArray();
        var bad = ids[57];
        var fault = "fault_" + Guid.NewGuid().ToString("N")[..12];
        await TestPostgres.ScalarAsync<int>(database.ConnectionString, $"""
            CREATE FUNCTION {fault}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
            CREATE TRIGGER {fault} BEFORE INSERT OR UPDATE ON order_read FOR EACH ROW WHEN (NEW.product_order_id = '{bad}') EXECUTE FUNCTION {fault}();
            """);
        Task[] writes;
        try
        {
            writes = [.. ids.Select(id => Task.Run(() => database.Model.UpsertAsync(seller, Order(id))))];
            await Assert.ThrowsAnyAsync<Exception>(() => writes[57]);
            await Task.WhenAll(writes.Where((_, i) => i != 57));
        }
        finally
        {
            await TestPostgres.ScalarAsync<int>(database.ConnectionString, $"DROP TRIGGER {fault} ON order_read; DROP FUNCTION {fault}();");
        }

        Assert.Null(await database.Model.FindAsync(seller, bad));
        Assert.Equal(ids.Length - 1, (await database.Model.ListAsync(seller, null)).Counts.Values.Sum());
        Assert.All(ids.Where(id => id != bad), id => Assert.True(writes[Array.IndexOf(ids, id)].IsCompletedSuccessfully, id));
    }
}
