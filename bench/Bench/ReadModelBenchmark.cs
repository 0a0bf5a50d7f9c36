using System.Diagnostics;
using System.Text.Json;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Infrastructure.ReadModel;
using Npgsql;

namespace Bench;

/// <summary>
/// How long the dashboard's order list takes over a large seller: <see cref="PostgresOrderReadModel.ListAsync"/> (one page
/// of one status plus the counts per status) on a real PostgreSQL. Baselines measured on the same connection pool in
/// the same run: a bare <c>SELECT 1</c> round trip and the bare page query without counts or deserialization.
/// </summary>
internal static class ReadModelBenchmark
{
    public const string SellerId = "bench-large-seller";

    /// <summary>The tab the benchmark lists: the orders waiting to be placed.</summary>
    public const OrderStatus Tab = OrderStatus.Waiting;

    private const string PageSql =
        "SELECT view FROM order_read WHERE seller_id = @seller AND status = @status ORDER BY ordered_at DESC, product_order_id DESC LIMIT @limit OFFSET 0";

    private const string AllPageSql =
        "SELECT view FROM order_read WHERE seller_id = @seller ORDER BY ordered_at DESC, product_order_id DESC LIMIT @limit OFFSET 0";

    private const string CountsSql = "SELECT status, count(*)::int FROM order_read WHERE seller_id = @seller GROUP BY status";

    public static async Task<int> RunAsync(ReadModelSettings settings)
    {
        var server = await BenchPostgres.ConnectAsync(settings.Pg);
        await using var database = await server.CreateMigratedDatabaseAsync("readmodel");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = new PostgresOrderReadModel(dataSource);

        var seeding = await SeedAsync(dataSource, settings);
        var check = await store.ListAsync(SellerId, Tab, null, ReadModelSettings.PageSize);
        if (check.Orders.Length != ReadModelSettings.PageSize || check.Counts.Values.Sum() != settings.Orders || check.Orders.Any(o => o.Status != Tab))
        {
            throw new InvalidOperationException(
                $"The seeded seller lists {check.Orders.Length} orders with {check.Counts.Values.Sum()} counted; expected a full page of {Tab} and {settings.Orders}.");
        }

        ReadModelReport.WriteHeader(Console.Out, settings, server, seeding);
        var queries = new (string Name, Func<Task<int>> Run)[]
        {
            ("SELECT 1 round trip (baseline)", () => SelectOneAsync(dataSource)),
            ($"bare page: SELECT view ... LIMIT {ReadModelSettings.PageSize} (baseline)", () => BarePageAsync(dataSource)),
            ($"ListAsync({Tab}, page 1, {ReadModelSettings.PageSize}) + counts", async () => Rows(await store.ListAsync(SellerId, Tab, null, ReadModelSettings.PageSize))),
            ($"ListAsync(all statuses, page 1, {ReadModelSettings.PageSize}) + counts", async () => Rows(await store.ListAsync(SellerId, null, null, ReadModelSettings.PageSize))),
        };

        var timings = queries.Select(_ => new List<double>(settings.Runs)).ToArray();
        var rows = new int[queries.Length];
        for (var round = 0; round < ReadModelSettings.WarmupRounds + settings.Runs; round++)
        {
            // Interleaved, so that the machine's other load falls on every query alike.
            for (var q = 0; q < queries.Length; q++)
            {
                var clock = Stopwatch.StartNew();
                rows[q] = await queries[q].Run();
                if (round >= ReadModelSettings.WarmupRounds)
                {
                    timings[q].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        var results = queries.Select((query, q) => new QueryTiming(query.Name, rows[q], Latency.Of(timings[q]))).ToList();
        ReadModelReport.WriteResults(Console.Out, results, await ServerTimesAsync(dataSource));
        return 0;
    }

    private static int Rows(OrderListPage page) => page.Orders.Length + page.Counts.Count;

    private static async Task<TimeSpan> SeedAsync(NpgsqlDataSource dataSource, ReadModelSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await ReadModelSeed.CopyAsync(connection, SellerId, 0, settings.Orders, now);
            for (var seller = 1; seller <= ReadModelSettings.NoiseSellers; seller++)
            {
                await ReadModelSeed.CopyAsync(connection, BenchText.Invariant($"bench-seller-{seller:D4}"), seller, ReadModelSettings.NoiseOrdersPerSeller, now);
            }
        }

        // What autovacuum leaves behind in steady state: statistics, and a visibility map for index-only counts.
        await using var vacuum = dataSource.CreateCommand("VACUUM (ANALYZE) order_read");
        await vacuum.ExecuteNonQueryAsync();
        return clock.Elapsed;
    }

    private static async Task<int> SelectOneAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> BarePageAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(PageSql, connection);
        Bind(command, byStatus: true);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            _ = reader.GetString(0);
            rows++;
        }

        return rows;
    }

    /// <summary>The parameters of ListAsync's statements: seller, page size, and the status when it filters by one.</summary>
    private static void Bind(NpgsqlCommand command, bool byStatus)
    {
        command.Parameters.AddWithValue("seller", SellerId);
        if (byStatus)
        {
            command.Parameters.AddWithValue("status", Tab.ToString());
        }

        if (command.CommandText.Contains("@limit", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("limit", ReadModelSettings.PageSize);
        }
    }

    /// <summary>Median server-side execution time of each statement ListAsync runs (EXPLAIN ANALYZE), by label.</summary>
    private static async Task<IReadOnlyList<(string Label, double Ms)>> ServerTimesAsync(NpgsqlDataSource dataSource)
    {
        var statements = new (string Label, string Sql, bool ByStatus)[]
        {
            ($"page of {Tab}", PageSql, true),
            ("page of all statuses", AllPageSql, false),
            ("counts per status", CountsSql, false),
        };
        await using var connection = await dataSource.OpenConnectionAsync();
        var times = new List<(string, double)>();
        foreach (var (label, sql, byStatus) in statements)
        {
            var runs = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, connection);
                Bind(command, byStatus);
                using var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
                runs.Add(plan.RootElement[0].GetProperty("Execution Time").GetDouble());
            }

            times.Add((label, Latency.Of(runs).P50));
        }

        return times;
    }
}
