using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Infrastructure.Database;
using Infrastructure.ReadModel;
using Npgsql;
using static Grains.Tests.ReadModel.ReadModelRows;

namespace Grains.Tests.ReadModel;

/// <summary>What only the PostgreSQL read model has to prove: counts under concurrency, plans, the migration.</summary>
public sealed class PostgresOrderReadModelTests(ReadModelDatabase database) : IClassFixture<ReadModelDatabase>
{
    private static readonly OrderStatus[] Statuses = Enum.GetValues<OrderStatus>();

    [Fact]
    public async Task ConcurrentWritersOfTheSameSellersKeepTheCountsExact()
    {
        var sellers = new[] { Fresh("seller-"), Fresh("seller-") };
        var prefix = Fresh("7");
        var ids = Enumerable.Range(0, 40).Select(i => $"{prefix}{i:D2}").ToArray();

        // Eight writers at once over the same 40 orders and new ones: new rows next to status changes in one batch, the
        // same version again, older versions (refused), repeated ids, now and then an order written for the other seller.
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            var fresh = 0;
            (string, OrderView) Row()
            {
                var seller = sellers[random.Next(10) == 0 ? 1 : 0];
                var status = Statuses[random.Next(Statuses.Length)];
                var id = random.Next(4) == 0 ? $"{prefix}{writer}{fresh++:D4}" : ids[random.Next(ids.Length)];
                written[id] = true;
                return (seller, Order(id, status, version: random.Next(1, 6)));
            }

            for (var i = 0; i < 40; i++)
            {
                if (random.Next(2) == 0)
                {
                    await database.Model.UpsertManyAsync([.. Enumerable.Range(0, random.Next(1, 25)).Select(_ => Row())]);
                }
                else
                {
                    var (seller, order) = Row();
                    await database.Model.UpsertAsync(seller, order);
                }
            }
        })).ToList();
        await Task.WhenAll(writers);

        var total = 0;
        foreach (var seller in sellers)
        {
            var counted = (await database.Model.ListAsync(seller, null)).Counts;
            Assert.Equal(await CountRowsAsync(seller), counted);
            total += counted.Values.Sum();
        }

        Assert.Equal(written.Count, total);

        // Rows deleted by another writer (no one deletes today) leave the counts exact as well.
        await using (var delete = database.DataSource.CreateCommand("DELETE FROM order_read WHERE product_order_id = ANY(@ids)"))
        {
            delete.Parameters.AddWithValue("ids", ids[..10]);
            await delete.ExecuteNonQueryAsync();
        }

        foreach (var seller in sellers)
        {
            Assert.Equal(await CountRowsAsync(seller), (await database.Model.ListAsync(seller, null)).Counts);
        }
    }

    [Fact]
    public async Task EveryPageShapeIsServedByAnIndexWithoutSorting()
    {
        var seller = Fresh("seller-");
        var rows = Enumerable.Range(0, 3000)
            .Select(i => (seller, Order($"{seller}-{i:D5}", Statuses[i % Statuses.Length], minutesAfterStart: -i)))
            .Concat(Enumerable.Range(0, 3000).Select(i => (Fresh("seller-"), Order(Fresh("6"), minutesAfterStart: -i))))
            .ToList();
        await database.Model.UpsertManyAsync(rows);
        await using (var analyze = database.DataSource.CreateCommand("ANALYZE order_read"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        foreach (var (byStatus, after, index) in new[]
        {
            (true, false, "order_read_seller_status_ordered"),
            (true, true, "order_read_seller_status_ordered"),
            (false, false, "order_read_seller_ordered"),
            (false, true, "order_read_seller_ordered"),
        })
        {
            var nodes = await PlanNodesAsync(PostgresOrderReadModel.PageSql(byStatus, after), seller);
            Assert.DoesNotContain(nodes, node => node.Type.Contains("Sort", StringComparison.Ordinal));
            Assert.Contains(nodes, node => node.Type == "Index Scan" && node.Index == index);
        }

        var counts = await PlanNodesAsync(PostgresOrderReadModel.CountsSql, seller);
        Assert.DoesNotContain(counts, node => node.Relation == "order_read");
    }

    [Fact]
    public async Task TheMigrationCountsTheExistingRowsAndMarksStatesWithoutARowAsDue()
    {
        // A database at schema 3 with rows written the old way, then migrated to the latest schema.
        var connectionString = await OldSchema.CreateDatabaseAsync("readmodel_backfill", version: 3);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        await OldSchema.ExecuteAsync(dataSource, """
            INSERT INTO order_read (product_order_id, seller_id, status, orderable, product_code, ordered_at, updated_at, version, view)
            SELECT 'old-' || i, CASE WHEN i % 3 = 0 THEN 'other' ELSE 'old' END, (ARRAY['Waiting', 'Ordered', 'Deleted'])[1 + (i / 3) % 3],
                   true, 'CH0000001', now(), now(), 1, '{}'
              FROM generate_series(1, 30) AS i;
            INSERT INTO OrleansStorage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, grain_id_hash, grain_type_hash, payload, version)
            VALUES ('svc', 'order', 0, 0, 'order:old-1', 1, 2, '\x01', 1),
                   ('svc', 'order', 0, 0, 'order:lost-1', 3, 2, '\x01', 1),
                   ('svc', 'order', 0, 0, 'order:cleared-1', 4, 2, NULL, 2),
                   ('svc', 'seller', 0, 0, 'seller:old', 5, 6, '\x01', 1);
            """);

        Assert.Equal(SchemaMigrator.Embedded.Select(m => m.Version).Where(v => v >= 4), await new SchemaMigrator().MigrateAsync(connectionString));

        var model = new PostgresOrderReadModel(dataSource);
        Assert.Equal(await CountRowsAsync(dataSource, "old"), (await model.ListAsync("old", null)).Counts);
        Assert.Equal(await CountRowsAsync(dataSource, "other"), (await model.ListAsync("other", null)).Counts);
        Assert.Equal(30, (await model.ListAsync("old", null)).Counts.Values.Sum() + (await model.ListAsync("other", null)).Counts.Values.Sum());
        Assert.Equal(["lost-1"], (await model.StaleOrderIdsAsync(TimeSpan.Zero, 10)).ToArray());

        // Run again (as if recorded nowhere; in a transaction, as the migrator runs it), the file rebuilds the same
        // objects and recomputes the same counts.
        await OldSchema.RunMigrationAgainAsync(dataSource, version: 4);

        await model.UpsertAsync("old", Order("old-1", OrderStatus.Canceled, version: 2));
        var expected = await CountRowsAsync(dataSource, "old");
        Assert.Equal(1, expected[OrderStatus.Canceled]);
        Assert.Equal(expected, (await model.ListAsync("old", null)).Counts);
        Assert.Equal(["lost-1"], (await model.StaleOrderIdsAsync(TimeSpan.Zero, 10)).ToArray());
    }

    private Task<ImmutableDictionary<OrderStatus, int>> CountRowsAsync(string seller) => CountRowsAsync(database.DataSource, seller);

    /// <summary>The counts per status recomputed from the rows themselves.</summary>
    private static async Task<ImmutableDictionary<OrderStatus, int>> CountRowsAsync(NpgsqlDataSource dataSource, string seller)
    {
        await using var command = dataSource.CreateCommand("SELECT status, count(*)::int FROM order_read WHERE seller_id = @seller GROUP BY status");
        command.Parameters.AddWithValue("seller", seller);
        var counts = new Dictionary<OrderStatus, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[Enum.Parse<OrderStatus>(reader.GetString(0))] = reader.GetInt32(1);
        }

        return counts.ToImmutableDictionary();
    }

    private Task<List<(string Type, string? Index, string? Relation)>> PlanNodesAsync(string sql, string seller) =>
        QueryPlans.NodesAsync(
            database.DataSource,
            sql,
            ("seller", seller),
            ("status", nameof(OrderStatus.Waiting)),
            ("afterAt", Start.AddMinutes(-1500).UtcDateTime),
            ("afterId", $"{seller}-01500"),
            ("limit", 51));
}
