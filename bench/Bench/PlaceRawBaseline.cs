using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Bench;

/// <summary>
/// PostgreSQL's commit rate for the writes a placing makes, as plain SQL, each statement committed on its own, one
/// worker per seller placing its orders one after another (as the seller's ordering grain does): per order the
/// OnChannel number, the finish-placing reminder, the order state (placement), the read-model row, the charge
/// (<c>point_post</c>: ledger entry and balance), the order state and row again (주문발주), the seller's outbox state,
/// the reminder's removal, and the order state and row once more when 발주확인 is recorded (the outbox's own passes,
/// in flight and done, are left out: batched they cost next to nothing per order). The rows are clones of the run's own rows (same payloads and views) under other ids
/// in the real tables, so the same indexes and triggers fire. Runs after the silo stopped.
/// </summary>
internal static class PlaceRawBaseline
{
    private const string Prefix = "raw-";

    public static async Task<(IngestRun Run, Latency PerSeller)> RunAsync(string connectionString, IReadOnlyList<SeededSeller> sellers, CpuMeter cpu)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var orders = await CloneAsync(dataSource, sellers);
        var outboxes = await OutboxesAsync(dataSource);
        var connections = await Task.WhenAll(sellers.Select(_ => dataSource.OpenConnectionAsync().AsTask()));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        var xidBefore = await IngestProbe.NextTransactionIdAsync(dataSource);
        var cpuBefore = cpu.Sample();
        var clock = Stopwatch.StartNew();
        var perSeller = await Task.WhenAll(sellers.Select(async seller =>
        {
            var sellerClock = Stopwatch.StartNew();
            foreach (var id in seller.OrderIds)
            {
                await PlaceAsync(dataSource, orders[id], outboxes[seller.SellerId]);
            }

            return sellerClock.Elapsed.TotalSeconds;
        }));
        var elapsed = clock.Elapsed;
        var cpuUsed = cpu.Sample() - cpuBefore;
        var transactions = await IngestProbe.NextTransactionIdAsync(dataSource) - xidBefore;
        return (new IngestRun(
            BenchText.Invariant($"raw commits (baseline): 11 single-statement commits per order, {sellers.Count} workers"),
            orders.Count, elapsed, transactions, cpuUsed), Latency.Of(perSeller));
    }

    private static async Task PlaceAsync(NpgsqlDataSource dataSource, CloneRow order, CloneRow outbox)
    {
        await ExecuteAsync(dataSource, "INSERT INTO onch_order_numbers AS n (day, last) VALUES (current_date, 1) ON CONFLICT (day) DO UPDATE SET last = n.last + 1 RETURNING last");
        await ExecuteAsync(dataSource, """
            INSERT INTO OrleansRemindersTable AS r (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
            VALUES ($1, $2, 'finish-placing', now() + interval '1 minute', 60000, $3, 0)
            ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
               SET start_time = EXCLUDED.start_time, period = EXCLUDED.period, grain_hash = EXCLUDED.grain_hash, version = r.version + 1
            RETURNING version
            """, order.ServiceId, order.Ext, order.Hash);
        await WriteStateAsync(dataSource, order);
        await WriteRowAsync(dataSource, order);
        await ExecuteAsync(dataSource, "SELECT o_outcome FROM point_post($1, 'Charge', $2, $3, $2, NULL, false)", order.SellerId!, order.ProductOrderId!, -order.Amount);
        await WriteStateAsync(dataSource, order);
        await WriteRowAsync(dataSource, order);
        await WriteStateAsync(dataSource, outbox);
        await ExecuteAsync(dataSource, "DELETE FROM OrleansRemindersTable WHERE service_id = $1 AND grain_id = $2 AND reminder_name = 'finish-placing'", order.ServiceId, order.Ext);

        // 발주확인 recorded on the order once SmartStore took it.
        await WriteStateAsync(dataSource, order);
        await WriteRowAsync(dataSource, order);
    }

    private static Task WriteStateAsync(NpgsqlDataSource dataSource, CloneRow row) => ExecuteAsync(dataSource, """
        UPDATE OrleansStorage SET payload = $1, version = version + 1, modified_at = now()
         WHERE grain_id_hash = $2 AND grain_type_hash = $3 AND service_id = $4 AND grain_type = $5 AND grain_id_n0 = 0 AND grain_id_n1 = 0 AND grain_id_ext = $6
        """, row.Payload, row.Hash, row.TypeHash, row.ServiceId, row.GrainType, row.Ext);

    private static Task WriteRowAsync(NpgsqlDataSource dataSource, CloneRow order) => ExecuteAsync(dataSource, """
        UPDATE order_read SET status = 'Ordered', version = version + 1, updated_at = now(), view = $2, projected_at = now()
         WHERE product_order_id = $1
        """, order.ProductOrderId!, new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = order.View! });

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, params object[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Clones every seller's order states, read-model rows and outbox, and tops the clone sellers up; returns the order clones by original id.</summary>
    private static async Task<Dictionary<string, CloneRow>> CloneAsync(NpgsqlDataSource dataSource, IReadOnlyList<SeededSeller> sellers)
    {
        var ids = sellers.SelectMany(s => s.OrderIds).ToArray();
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        await using (var clone = new NpgsqlCommand($"""
            INSERT INTO OrleansStorage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, grain_id_hash, grain_type_hash, payload, version)
            SELECT service_id, grain_type, grain_id_n0, grain_id_n1, 'order:{Prefix}' || substr(grain_id_ext, 7), grain_id_hash # 1, grain_type_hash, payload, version
              FROM OrleansStorage WHERE grain_type = 'order' AND substr(grain_id_ext, 7) = ANY(@ids);
            INSERT INTO OrleansStorage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, grain_id_hash, grain_type_hash, payload, version)
            SELECT service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext || ':{Prefix}', grain_id_hash # 1, grain_type_hash, payload, version
              FROM OrleansStorage WHERE grain_type = 'smartstore-outbox' AND grain_id_ext NOT LIKE '%:{Prefix}';
            CREATE TEMP TABLE raw_rows ON COMMIT DROP AS SELECT * FROM order_read WHERE product_order_id = ANY(@ids);
            UPDATE raw_rows SET product_order_id = '{Prefix}' || product_order_id, seller_id = '{Prefix}' || seller_id, status = 'Waiting';
            INSERT INTO order_read SELECT * FROM raw_rows;
            SELECT count(*) FROM (SELECT point_post('{Prefix}' || s.id, 'TopUp', 'raw-top-up', @topUp, NULL, NULL, false) FROM unnest(@sellers) AS s(id)) AS posted;
            """, connection, transaction))
        {
            clone.Parameters.AddWithValue("ids", ids);
            clone.Parameters.AddWithValue("sellers", sellers.Select(s => s.SellerId).ToArray());
            clone.Parameters.AddWithValue("topUp", OrderSeed.TopUp);
            await clone.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        await using var read = dataSource.CreateCommand($"""
            SELECT s.service_id, s.grain_type, s.grain_id_ext, s.grain_id_hash, s.grain_type_hash, s.payload, r.product_order_id, r.seller_id, r.view::text, o.amount
              FROM OrleansStorage AS s
              JOIN order_read AS r ON r.product_order_id = substr(s.grain_id_ext, 7)
              JOIN order_read AS o ON '{Prefix}' || o.product_order_id = r.product_order_id
             WHERE s.grain_type = 'order' AND s.grain_id_ext LIKE 'order:{Prefix}%'
            """);
        var rows = new Dictionary<string, CloneRow>(StringComparer.Ordinal);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new CloneRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), (byte[])reader[5],
                reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetInt64(9));
            rows[row.ProductOrderId![Prefix.Length..]] = row;
        }

        return rows.Count == ids.Length ? rows : throw new InvalidOperationException($"Cloned {rows.Count} of {ids.Length} orders for the raw baseline.");
    }

    /// <summary>The outbox clones by (original) seller id.</summary>
    private static async Task<Dictionary<string, CloneRow>> OutboxesAsync(NpgsqlDataSource dataSource)
    {
        await using var read = dataSource.CreateCommand($"""
            SELECT service_id, grain_type, grain_id_ext, grain_id_hash, grain_type_hash, payload
              FROM OrleansStorage WHERE grain_type = 'smartstore-outbox' AND grain_id_ext LIKE '%:{Prefix}'
            """);
        var rows = new Dictionary<string, CloneRow>(StringComparer.Ordinal);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new CloneRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), (byte[])reader[5], null, null, null, 0);
            var key = row.Ext[..^(Prefix.Length + 1)];
            rows[Grains.Interfaces.Sellers.SellerKey.SellerIdOf(key)] = row;
        }

        return rows;
    }

    /// <summary>One cloned grain state row, and for an order its read-model id, seller, view and amount.</summary>
    private sealed record CloneRow(
        string ServiceId, string GrainType, string Ext, int Hash, int TypeHash, byte[] Payload, string? ProductOrderId, string? SellerId, string? View, long Amount);
}
