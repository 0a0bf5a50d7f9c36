using System.Diagnostics;
using Grains;
using Npgsql;
using NpgsqlTypes;

namespace Bench;

/// <summary>
/// PostgreSQL's commit rate for the rows collection wrote: the same order state and read-model rows copied into
/// scratch tables shaped like <c>OrleansStorage</c> and <c>order_read</c> (same columns and indexes), one INSERT per
/// row, each committed on its own, by as many workers as collection had order writes in flight.
/// </summary>
internal static class RawCommitBaseline
{
    private const string StorageColumns = "service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, grain_id_hash, grain_type_hash, payload, version";
    private const string ReadColumns = "product_order_id, seller_id, status, orderable, product_code, ordered_at, updated_at, version, error_codes, view";

    public static async Task<IngestRun> RunAsync(string connectionString, int workers, CpuMeter cpu)
    {
        var (storageRows, readRows) = await LoadRowsAsync(connectionString);
        if (storageRows.Count != readRows.Count)
        {
            throw new InvalidOperationException($"{storageRows.Count} order states against {readRows.Count} read-model rows; nothing to pair.");
        }

        // Two pools, as in a silo: the ADO.NET storage provider's and the read store's data source.
        await using var storage = NpgsqlDataSource.Create(connectionString);
        await using var read = NpgsqlDataSource.Create(connectionString);
        await WarmAsync(storage, workers);
        await WarmAsync(read, workers);

        var xidBefore = await IngestProbe.NextTransactionIdAsync(storage);
        var next = -1;
        var cpuBefore = cpu.Sample();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < storageRows.Count; i = Interlocked.Increment(ref next))
            {
                await InsertAsync(storage, $"INSERT INTO bench_raw_storage ({StorageColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", storageRows[i], jsonbColumn: -1);
                await InsertAsync(read, $"INSERT INTO bench_raw_order_read ({ReadColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", readRows[i], jsonbColumn: 9);
            }
        }));
        var elapsed = clock.Elapsed;
        var cpuUsed = cpu.Sample() - cpuBefore;
        var transactions = await IngestProbe.NextTransactionIdAsync(storage) - xidBefore;
        return new IngestRun(
            BenchText.Invariant($"raw commits (baseline): 2 INSERTs per order, each committed, {workers} workers"), storageRows.Count, elapsed, transactions, cpuUsed);
    }

    private static async Task<(List<object[]> Storage, List<object[]> Read)> LoadRowsAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand(
            "CREATE TABLE bench_raw_storage (LIKE OrleansStorage INCLUDING ALL); CREATE TABLE bench_raw_order_read (LIKE order_read INCLUDING ALL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var storage = dataSource.CreateCommand($"SELECT {StorageColumns} FROM OrleansStorage WHERE grain_type = @type ORDER BY grain_id_ext");
        storage.Parameters.AddWithValue("type", StorageNames.OrderState);
        await using var read = dataSource.CreateCommand($"SELECT {ReadColumns.Replace("view", "view::text", StringComparison.Ordinal)} FROM order_read ORDER BY product_order_id");
        return (await RowsAsync(storage), await RowsAsync(read));
    }

    private static async Task<List<object[]>> RowsAsync(NpgsqlCommand command)
    {
        var rows = new List<object[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private static async Task InsertAsync(NpgsqlDataSource dataSource, string sql, object[] row, int jsonbColumn)
    {
        await using var command = dataSource.CreateCommand(sql);
        for (var column = 0; column < row.Length; column++)
        {
            command.Parameters.Add(column == jsonbColumn
                ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = row[column] }
                : row[column] is DBNull ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = DBNull.Value } : new NpgsqlParameter { Value = row[column] });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Opens the pool's connections before the clock starts, as a running silo already holds them.</summary>
    private static async Task WarmAsync(NpgsqlDataSource dataSource, int workers)
    {
        var connections = await Task.WhenAll(Enumerable.Range(0, Math.Min(workers, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxPoolSize))
            .Select(_ => dataSource.OpenConnectionAsync().AsTask()));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
