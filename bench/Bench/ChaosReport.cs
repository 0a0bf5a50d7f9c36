using ProcessCluster;

namespace Bench;

/// <summary>What the chaos benchmark prints: the set-up, a line per kill, the recovery summary and the exactly-once figures.</summary>
internal static class ChaosReport
{
    public static void WriteHeader(TextWriter writer, ChaosSettings settings, BenchPostgres server, string logs) =>
        BenchText.WriteHeader(
            writer,
            BenchText.Invariant($"chaos: {settings.Kills} silo kills (kill -9, alternating silos, during collection and placing), {settings.Sellers} sellers, {settings.OrdersPerRound} new orders per seller per round{(settings.Smoke ? " (smoke)" : "")}"),
            "topology: 2 silo processes + 1 gateway process (Release), SmartStore simulator in this process, HTTP API through a TCP balancer",
            "faults: 429, 503, +300 ms latency, dropped connections, malformed bodies and answers lost after a request was applied, on the APIs of each phase",
            BenchText.Invariant($"PostgreSQL: {server.Settings} ({server.Origin})"),
            "process logs: " + logs);

    public static void WriteKill(TextWriter writer, ChaosKill kill) =>
        writer.WriteLine(BenchText.Invariant(
            $"kill {kill.Number,2}: silo {kill.Silo} during {kill.Phase,-10}  restart {Seconds(kill.Restart),6}  serving again {Seconds(kill.Serving),6}  progressing again {Seconds(kill.Progressing),6}"));

    public static void WriteResults(TextWriter writer, IReadOnlyList<ChaosKill> kills, AuditReport report, TimeSpan settled, TimeSpan total)
    {
        writer.WriteLine();
        var recovery = new TextTable("recovery (kill ->)", "p50", "max", "baseline: silo restart p50");
        var restart = Median(kills.Select(k => k.Restart));
        recovery.Add("serving again", Seconds(Median(kills.Select(k => k.Serving))), Seconds(kills.Max(k => k.Serving)), Seconds(restart));
        recovery.Add("orders progressing", Seconds(Median(kills.Select(k => k.Progressing))), Seconds(kills.Max(k => k.Progressing)), Seconds(restart));
        recovery.Write(writer);
        writer.WriteLine();

        var checks = new TextTable("exactly-once check", "figure");
        foreach (var (figure, value) in report.Figures)
        {
            checks.Add(figure, value);
        }

        checks.Add("settled after the last kill's work", Seconds(settled));
        checks.Add("total run", Seconds(total));
        checks.Write(writer);
        writer.WriteLine();
        writer.WriteLine(report.Failures.Count == 0 ? "all exactly-once checks passed" : "FAILED: " + string.Join("; ", report.Failures));
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[sorted.Count / 2];
    }

    private static string Seconds(TimeSpan value) => BenchText.Invariant($"{value.TotalSeconds:0.0} s");
}
