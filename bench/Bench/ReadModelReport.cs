using Grains.Interfaces.Orders;
using static Bench.BenchText;

namespace Bench;

/// <summary>Prints the read model benchmark: what was loaded, one row per query with ratios to the baselines, the server side, one summary line.</summary>
internal static class ReadModelReport
{
    /// <summary>Target of a page of the order list with its tab counts, at p95, up to 1,000,000 orders of one seller.</summary>
    public const double TargetMs = 20;

    public static void WriteHeader(TextWriter writer, ReadModelSettings settings, BenchPostgres server, ReadModelSeeding seeding)
    {
        var mix = string.Join(", ", Enum.GetValues<OrderStatus>().Select(status => Invariant($"{status} {ReadModelSeed.ShareOf(status):0%}")));
        var noise = settings.NoiseSellers * settings.NoiseOrdersPerSeller;
        BenchText.WriteHeader(
            writer,
            Invariant($"readmodel benchmark{(settings.Smoke ? " (--smoke: tiny, checks that it runs)" : "")}: PostgresOrderReadModel.ListAsync(seller, status or all, page 1 or a deep keyset page, {ReadModelSettings.PageSize}) with counts per status, {settings.Runs} timed runs of each query after {ReadModelSettings.WarmupRounds} untimed"),
            Invariant($"order_read: {settings.Orders} orders of the measured seller ({mix}) and {noise} of {settings.NoiseSellers} other sellers, written by UpsertManyAsync in batches of {ReadModelSettings.SeedBatchSize} in {seeding.Writes.TotalSeconds:0.0} s ({(settings.Orders + noise) / seeding.Writes.TotalSeconds:0} rows/s), VACUUM ANALYZE {seeding.Vacuum.TotalSeconds:0.0} s"),
            $"{server.Settings} ({server.Origin}); one NpgsqlDataSource for every query");
    }

    public static void WriteResults(TextWriter writer, IReadOnlyList<QueryTiming> results, IReadOnlyList<ServerTime> server)
    {
        var selectOne = results[0].Latency.P50;
        var barePage = results[1].Latency.P50;
        var table = new TextTable("query", "runs", "rows", "p50 ms", "p95 ms", "max ms", "p50 x SELECT 1", "p50 x bare page");
        foreach (var result in results)
        {
            table.Add(
                result.Name,
                Invariant($"{result.Latency.Count}"),
                Invariant($"{result.Rows}"),
                Invariant($"{result.Latency.P50:0.00}"),
                Invariant($"{result.Latency.P95:0.00}"),
                Invariant($"{result.Latency.Max:0.00}"),
                Invariant($"{result.Latency.P50 / selectOne:0.0}"),
                Invariant($"{result.Latency.P50 / barePage:0.00}"));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("server execution time of ListAsync's statements (EXPLAIN ANALYZE, median of 5) and their plans:");
        foreach (var statement in server)
        {
            writer.WriteLine(Invariant($"  {statement.Label}: {statement.Ms:0.000} ms, {statement.Plan}"));
        }

        writer.WriteLine("rows of ListAsync = the page + one per status in the counts");
        writer.WriteLine();
        var listed = results.Skip(2).ToList();
        var worst = listed.MaxBy(r => r.Latency.P95)!;
        writer.WriteLine(Invariant(
            $"summary: {string.Join("; ", listed.Select(r => Invariant($"{r.Name.Replace(" + counts", "", StringComparison.Ordinal)} p50 {r.Latency.P50:0.0} ms, p95 {r.Latency.P95:0.0} ms")))}; worst p95 {worst.Latency.P95:0.0} ms (target under {TargetMs:0} ms: {(worst.Latency.P95 < TargetMs ? "met" : "MISSED")}); page 1 of {ReadModelBenchmark.Tab} = {listed[0].Latency.P50 / selectOne:0.0} x a SELECT 1 round trip ({selectOne:0.00} ms), {listed[0].Latency.P50 / barePage:0.0} x the bare page query ({barePage:0.00} ms)"));
    }
}
