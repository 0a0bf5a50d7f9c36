using System.Diagnostics;
using System.Text.Json;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Infrastructure.ReadModel;
using Npgsql;

namespace Bench;

/// <summary>
/// How long the dashboard's order list takes over a large seller: <see cref="PostgresOrderReadModel.ListAsync"/> (one page
/// of one status or of all, plus the counts per status), on the first page and on a deep keyset page, on a real
/// PostgreSQL. Baselines measured on the same connection pool in the same run: a bare <c>SELECT 1</c> round trip and the
/// bare page query without counts or deserialization.
/// </summary>
internal static class ReadModelBenchmark
{
    public const string SellerId = "bench-large-seller";

    /// <summary>The tab the benchmark lists: the orders waiting to be placed.</summary>
    public const OrderStatus Tab = OrderStatus.Waiting;

    public static async Task<int> RunAsync(ReadModelSettings settings)
    {
        var server = await BenchPostgres.ConnectAsync(settings.Pg);
        await using var database = await server.CreateMigratedDatabaseAsync("readmodel");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = new PostgresOrderReadModel(dataSource);

        var seeding = await SeedAsync(dataSource, store, settings);
        var check = await store.ListAsync(SellerId, Tab, null, ReadModelSettings.PageSize);
        if (check.Orders.Length != ReadModelSettings.PageSize || check.Counts.Values.Sum() != settings.Orders || check.Orders.Any(o => o.Status != Tab))
        {
            throw new InvalidOperationException(
                $"The seeded seller lists {check.Orders.Length} orders with {check.Counts.Values.Sum()} counted; expected a full page of {Tab} and {settings.Orders}.");
        }

        var tabDeep = await DeepCursorAsync(dataSource, Tab, check.Counts[Tab]);
        var allDeep = await DeepCursorAsync(dataSource, null, settings.Orders);
        ReadModelReport.WriteHeader(Console.Out, settings, server, seeding);
        var size = ReadModelSettings.PageSize;
        var queries = new (string Name, Func<Task<int>> Run)[]
        {
            ("SELECT 1 round trip (baseline)", () => SelectOneAsync(dataSource)),
            ($"bare page: SELECT view ... LIMIT {size} (baseline)", () => BarePageAsync(dataSource)),
            ($"ListAsync({Tab}, page 1) + counts", async () => Rows(await store.ListAsync(SellerId, Tab, null, size))),
            ($"ListAsync({Tab}, page {tabDeep.Page}) + counts", async () => Rows(await store.ListAsync(SellerId, Tab, tabDeep.Cursor, size))),
            ("ListAsync(all statuses, page 1) + counts", async () => Rows(await store.ListAsync(SellerId, null, null, size))),
            ($"ListAsync(all statuses, page {allDeep.Page}) + counts", async () => Rows(await store.ListAsync(SellerId, null, allDeep.Cursor, size))),
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
        var statements = new (string Label, string Sql, OrderStatus? Status, OrderPageCursor? After)[]
        {
            ($"page 1 of {Tab}", PostgresOrderReadModel.PageSql(byStatus: true, after: false), Tab, null),
            ($"page {tabDeep.Page} of {Tab}", PostgresOrderReadModel.PageSql(byStatus: true, after: true), Tab, tabDeep.Cursor),
            ("page 1 of all", PostgresOrderReadModel.PageSql(byStatus: false, after: false), null, null),
            ($"page {allDeep.Page} of all", PostgresOrderReadModel.PageSql(byStatus: false, after: true), null, allDeep.Cursor),
            ("counts", PostgresOrderReadModel.CountsSql, null, null),
        };
        ReadModelReport.WriteResults(Console.Out, results, await ServerTimesAsync(dataSource, statements));
        return 0;
    }

    private static int Rows(OrderListPage page) => page.Orders.Length + page.Counts.Count;

    private static async Task<ReadModelSeeding> SeedAsync(NpgsqlDataSource dataSource, IOrderReadModel store, ReadModelSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        await ReadModelSeed.WriteAsync(store, SellerId, 0, settings.Orders, now, ReadModelSettings.SeedBatchSize);
        for (var seller = 1; seller <= settings.NoiseSellers; seller++)
        {
            await ReadModelSeed.WriteAsync(
                store, BenchText.Invariant($"bench-seller-{seller:D4}"), seller, settings.NoiseOrdersPerSeller, now, ReadModelSettings.SeedBatchSize);
        }

        var written = clock.Elapsed;

        // What autovacuum leaves behind in steady state: statistics, and a visibility map.
        await using var vacuum = dataSource.CreateCommand("VACUUM (ANALYZE) order_read, seller_order_counts");
        vacuum.CommandTimeout = 0;
        await vacuum.ExecuteNonQueryAsync();
        return new ReadModelSeeding(written, clock.Elapsed - written);
    }

    /// <summary>
    /// The cursor after which page <see cref="ReadModelSettings.DeepPage"/> of the tab starts (or the last page, when
    /// the tab has fewer), read once, untimed.
    /// </summary>
    private static async Task<(int Page, OrderPageCursor Cursor)> DeepCursorAsync(NpgsqlDataSource dataSource, OrderStatus? status, int orders)
    {
        var page = Math.Min(ReadModelSettings.DeepPage, (orders - 1) / ReadModelSettings.PageSize + 1);
        await using var command = dataSource.CreateCommand(
            "SELECT ordered_at, product_order_id FROM order_read WHERE seller_id = @seller"
            + (status is null ? string.Empty : " AND status = @status")
            + " ORDER BY ordered_at DESC, product_order_id DESC OFFSET @skip LIMIT 1");
        command.Parameters.AddWithValue("seller", SellerId);
        if (status is { } wanted)
        {
            command.Parameters.AddWithValue("status", wanted.ToString());
        }

        command.Parameters.AddWithValue("skip", ((page - 1) * ReadModelSettings.PageSize) - 1);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (page, new OrderPageCursor(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1)))
            : throw new InvalidOperationException($"The seeded seller has no page {page} of {status?.ToString() ?? "all statuses"}.");
    }

    private static async Task<int> SelectOneAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> BarePageAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(PostgresOrderReadModel.PageSql(byStatus: true, after: false), connection);
        Bind(command, Tab, null);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            _ = reader.GetString(0);
            rows++;
        }

        return rows;
    }

    /// <summary>The parameters of ListAsync's statements: seller, page size, the status and the cursor when given.</summary>
    private static void Bind(NpgsqlCommand command, OrderStatus? status, OrderPageCursor? after)
    {
        command.Parameters.AddWithValue("seller", SellerId);
        command.Parameters.AddWithValue("limit", ReadModelSettings.PageSize);
        if (status is { } wanted)
        {
            command.Parameters.AddWithValue("status", wanted.ToString());
        }

        if (after is not null)
        {
            command.Parameters.AddWithValue("afterAt", after.OrderedAt.ToUniversalTime());
            command.Parameters.AddWithValue("afterId", after.ProductOrderId);
        }
    }

    /// <summary>
    /// Median server-side execution time of each statement ListAsync runs (EXPLAIN ANALYZE), and the plan's nodes,
    /// by label.
    /// </summary>
    private static async Task<IReadOnlyList<ServerTime>> ServerTimesAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<(string Label, string Sql, OrderStatus? Status, OrderPageCursor? After)> statements)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var times = new List<ServerTime>();
        foreach (var (label, sql, status, after) in statements)
        {
            var runs = new List<double>();
            var plan = "";
            for (var i = 0; i < 5; i++)
            {
                await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, connection);
                Bind(command, status, after);
                using var result = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
                runs.Add(result.RootElement[0].GetProperty("Execution Time").GetDouble());
                plan = Describe(result.RootElement[0].GetProperty("Plan"));
            }

            times.Add(new ServerTime(label, Latency.Of(runs).P50, plan));
        }

        return times;
    }

    /// <summary>A plan as its nodes from the top, e.g. <c>Limit &gt; Index Scan (order_read_seller_ordered)</c>.</summary>
    private static string Describe(JsonElement node)
    {
        var text = node.GetProperty("Node Type").GetString()!;
        if (node.TryGetProperty("Index Name", out var index))
        {
            text += $" ({index.GetString()})";
        }

        return node.TryGetProperty("Plans", out var children)
            ? text + " > " + string.Join(" + ", children.EnumerateArray().Select(Describe))
            : text;
    }
}
