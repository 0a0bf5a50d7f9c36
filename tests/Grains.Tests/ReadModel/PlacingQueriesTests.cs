using System.Text.Json;
using System.Text.Json.Serialization;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Infrastructure.Database;
using Infrastructure.Points;
using Infrastructure.ReadModel;
using Npgsql;
using static Grains.Tests.ReadModel.ReadModelRows;

namespace Grains.Tests.ReadModel;

/// <summary>
/// What only PostgreSQL has to prove about the placing queries (migration 0005): each is served by its index without
/// sorting, and the migration fills the new columns of existing rows without touching their projection state.
/// </summary>
public sealed class PlacingQueriesTests(ReadModelDatabase database) : IClassFixture<ReadModelDatabase>
{
    private static readonly OrderStatus[] PlacedStatuses = [OrderStatus.Ordered, OrderStatus.Delivered, OrderStatus.Canceled];

    [Fact]
    public async Task EveryPlacingQueryIsServedByItsIndexWithoutSorting()
    {
        // 6,000 rows of 41 sellers and 41 suppliers, placed and not, some with tracking; one seller and one supplier measured.
        var (seller, supplier) = (Fresh("seller-"), Fresh("supplier-"));
        var sellers = Enumerable.Range(0, 40).Select(_ => Fresh("seller-")).Append(seller).ToArray();
        var suppliers = Enumerable.Range(0, 40).Select(_ => Fresh("supplier-")).Append(supplier).ToArray();
        var rows = Enumerable.Range(0, 6000).Select(i =>
        {
            var id = Fresh("2");
            var owner = sellers[i % sellers.Length];
            var order = (i % 3) switch
            {
                0 => Order(id, minutesAfterStart: -i),
                1 => Placed(id, suppliers[i % suppliers.Length], -i, PlacedStatuses[i / 3 % PlacedStatuses.Length],
                            tracking: i % 2 == 0 ? new Tracking("CJGLS", id) : null),
                _ => Order(id, OrderStatus.CollectionFailed, minutesAfterStart: -i, errors: OrderErrorCode.SaleNotApplied),
            };
            return (owner, order);
        }).ToList();
        await database.Model.UpsertManyAsync(rows);
        await using (var analyze = database.DataSource.CreateCommand("ANALYZE order_read"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        foreach (var (sql, indexes) in new (string, string[])[]
        {
            (PostgresOrderReadModel.SupplierPageSql(byStatus: true, after: false), ["order_read_supplier_status_placed"]),
            (PostgresOrderReadModel.SupplierPageSql(byStatus: true, after: true), ["order_read_supplier_status_placed"]),
            (PostgresOrderReadModel.SupplierPageSql(byStatus: false, after: false), ["order_read_supplier_placed"]),
            (PostgresOrderReadModel.SupplierPageSql(byStatus: false, after: true), ["order_read_supplier_placed"]),
            (PostgresOrderReadModel.SupplierCountsSql, ["order_read_supplier_status_placed", "order_read_supplier_placed"]),
            (PostgresOrderReadModel.FindByOnchOrderNoSql, ["order_read_onch_order_no"]),
            (PostgresOrderReadModel.OrderableIdsSql, ["order_read_seller_orderable"]),
            (PostgresOrderReadModel.PointsNeededSql, ["order_read_seller_orderable"]),
            (PostgresOrderReadModel.LateShipmentsSql(bySeller: true, bySupplier: false), ["order_read_late_by_seller"]),
            (PostgresOrderReadModel.LateShipmentsSql(bySeller: false, bySupplier: true), ["order_read_late_by_supplier"]),
            (PostgresOrderReadModel.LateShipmentsSql(bySeller: true, bySupplier: true), ["order_read_late_by_seller", "order_read_late_by_supplier"]),
            (PostgresOrderReadModel.LateShipmentsSql(bySeller: false, bySupplier: false), ["order_read_late"]),
        })
        {
            var nodes = await QueryPlans.NodesAsync(
                database.DataSource,
                sql,
                ("seller", seller),
                ("supplier", supplier),
                ("status", nameof(OrderStatus.Ordered)),
                ("afterAt", Start.AddMinutes(-3000).UtcDateTime),
                ("afterId", "2"),
                ("onch", "ONCH-" + rows[1].Item2.ProductOrderId),
                ("before", Start.AddMinutes(-100).UtcDateTime),
                ("limit", 51));
            var plan = string.Join(" > ", nodes.Select(n => n.Index is null ? n.Type : $"{n.Type} ({n.Index})"));
            Assert.False(nodes.Any(n => n.Type.Contains("Sort", StringComparison.Ordinal)), $"{sql}: {plan}");
            Assert.True(nodes.Any(n => n.Type.EndsWith("Scan", StringComparison.Ordinal) && indexes.Contains(n.Index)), $"{sql}: {plan}");
        }
    }

    [Fact]
    public async Task TheMigrationCopiesTheNewColumnsFromTheViewsAndKeepsDueProjectionsDue()
    {
        // A database at schema 4 with rows written the old way (columns only in the view), then migrated.
        var connectionString = await OldSchema.CreateDatabaseAsync("readmodel_placing", version: 4);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        var (seller, supplier) = ("old-seller", "old-supplier");
        var placed = Placed("100001", supplier, minutesPlacedAfterStart: -30);
        var waiting = Order("100002", minutesAfterStart: -20) with { Amount = 7_000 };
        var failed = Order("100003", OrderStatus.CollectionFailed, errors: OrderErrorCode.SaleNotApplied) with { Amount = null };
        foreach (var order in new[] { placed, waiting, failed })
        {
            await using var insert = dataSource.CreateCommand("""
                INSERT INTO order_read (product_order_id, seller_id, status, orderable, product_code, ordered_at, updated_at, version, view)
                VALUES (@id, @seller, @status, @orderable, @product, @ordered, @updated, @version, @view::jsonb)
                """);
            insert.Parameters.AddWithValue("id", order.ProductOrderId);
            insert.Parameters.AddWithValue("seller", seller);
            insert.Parameters.AddWithValue("status", order.Status.ToString());
            insert.Parameters.AddWithValue("orderable", order.Orderable);
            insert.Parameters.AddWithValue("product", order.ProductCode);
            insert.Parameters.AddWithValue("ordered", order.OrderedAt.UtcDateTime);
            insert.Parameters.AddWithValue("updated", order.UpdatedAt.UtcDateTime);
            insert.Parameters.AddWithValue("version", order.Version);
            insert.Parameters.AddWithValue("view", JsonSerializer.Serialize(order, ViewJson));
            await insert.ExecuteNonQueryAsync();
        }

        // The placed order's state was written again after its row was projected: due, and it must stay due.
        await OldSchema.ExecuteAsync(dataSource, """
            INSERT INTO OrleansStorage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, grain_id_hash, grain_type_hash, payload, version)
            VALUES ('svc', 'order', 0, 0, 'order:100001', 1, 2, '\x01', 1)
            """);

        Assert.Equal(SchemaMigrator.Embedded.Select(m => m.Version).Where(v => v >= 5), await new SchemaMigrator().MigrateAsync(connectionString));

        var model = new PostgresOrderReadModel(dataSource);
        Assert.Equal(["100001"], (await model.StaleOrderIdsAsync(TimeSpan.Zero, 10)).ToArray());
        var listed = Assert.Single((await model.ListForSupplierAsync(supplier, null)).Orders);
        Assert.Equal(placed.ProductOrderId, listed.ProductOrderId);
        Assert.Equal("100001", (await model.FindByOnchOrderNoAsync(placed.OnchOrderNo!))?.ProductOrderId);
        Assert.Equal(7_000, await model.PointsNeededAsync(seller));
        Assert.Equal(["100001"], (await model.LateShipmentsAsync(seller, null, Start, 10)).Select(o => o.ProductOrderId).ToArray());
        Assert.Equal(
            [$"100001|{supplier}|{placed.PlacedAt:O}|{placed.OnchOrderNo}|13500", "100002||||7000", "100003||||"],
            await ColumnsAsync(dataSource));

        // Run again (as if recorded nowhere; in a transaction, as the migrator runs it), the file keeps the ledger and
        // the order numbers and copies the same values.
        var ledger = new PostgresPointLedger(dataSource);
        await ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 5_000, null, null, allowNegative: false);
        var number = await ledger.NextOrderNumberAsync(Start);
        await OldSchema.RunMigrationAgainAsync(dataSource, version: 5);

        Assert.Equal(5_000, await ledger.BalanceAsync(seller));
        Assert.NotEqual(number, await ledger.NextOrderNumberAsync(Start));
        Assert.Equal(3, (await ColumnsAsync(dataSource)).Length);
        Assert.Equal(["100001"], (await model.StaleOrderIdsAsync(TimeSpan.Zero, 10)).ToArray());
    }

    // The view's JSON as the read model writes it.
    private static readonly JsonSerializerOptions ViewJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static async Task<string[]> ColumnsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT product_order_id || '|' || coalesce(supplier_id, '') || '|'
                   || coalesce(to_char(placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".0000000+00:00"'), '') || '|'
                   || coalesce(onch_order_no, '') || '|' || coalesce(amount::text, '')
              FROM order_read ORDER BY product_order_id
            """);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return [.. rows];
    }
}
