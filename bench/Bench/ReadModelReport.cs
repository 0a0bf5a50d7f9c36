using Grains.Interfaces.Orders;
using static Bench.BenchText;

namespace Bench;

/// <summary>Prints the read model benchmark: what was loaded, one row per query with ratios to the baselines, one summary line.</summary>
internal static class ReadModelReport
{
    /// <summary>Target of issue 4: a page of the order list with its tab counts.</summary>
    public const double TargetMs = 50;

    public static void WriteHeader(TextWriter writer, ReadModelSettings settings, BenchPostgres server, TimeSpan seeding)
    {
        var mix = string.Join(", ", Enum.GetValues<OrderStatus>().Select(status => Invariant($"{status} {ReadModelSeed.ShareOf(status):0%}")));
        var noise = ReadModelSettings.NoiseSellers * ReadModelSettings.NoiseOrdersPerSeller;
        BenchText.WriteHeader(
            writer,
            Invariant($"readmodel benchmark: PostgresOrderReadModel.ListAsync(seller, status, page 1, {ReadModelSettings.PageSize}) with counts per status, {settings.Runs} timed runs of each query after {ReadModelSettings.WarmupRounds} untimed"),
            Invariant($"order_read: {settings.Orders} orders of the measured seller ({mix}) and {noise} of {ReadModelSettings.NoiseSellers} other sellers, COPY + VACUUM ANALYZE in {seeding.TotalSeconds:0.0} s"),
            $"{server.Settings} ({server.Origin}); one NpgsqlDataSource for every query");
    }

    public static void WriteResults(TextWriter writer, IReadOnlyList<QueryTiming> results, IReadOnlyList<(string Label, double Ms)> server)
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
        writer.WriteLine(Invariant(
            $"server execution time of ListAsync's statements (EXPLAIN ANALYZE, median of 5): {string.Join(", ", server.Select(s => Invariant($"{s.Label} {s.Ms:0.00} ms")))}"));
        writer.WriteLine("rows of ListAsync = the page + one per status in the counts");
        writer.WriteLine();
        var list = results[2].Latency;
        var all = results[3].Latency;
        writer.WriteLine(Invariant(
            $"summary: ListAsync p50 {list.P50:0.0} ms, p95 {list.P95:0.0} ms, max {list.Max:0.0} ms (target under {TargetMs:0} ms: {Verdict(list)} at p95) = {list.P50 / selectOne:0.0} x a SELECT 1 round trip ({selectOne:0.00} ms), {list.P50 / barePage:0.0} x the bare page query ({barePage:0.00} ms); all statuses p50 {all.P50:0.0} ms, p95 {all.P95:0.0} ms ({Verdict(all)})"));
    }

    private static string Verdict(Latency latency) => latency.P95 < TargetMs ? "met" : "MISSED";
}
