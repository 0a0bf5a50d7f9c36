using static Bench.BenchText;

namespace Bench;

/// <summary>Prints the governor benchmark: what ran, one table row per client kind, per-silo split, one summary line.</summary>
internal static class GovernorReport
{
    public static void WriteHeader(TextWriter writer, GovernorSettings settings) =>
        BenchText.WriteHeader(
            writer,
            Invariant($"governor benchmark: api {settings.Api}, simulator limit {settings.Limit:0.##}/s per application per API, {settings.Silos} silos x FixedRateShare({1.0 / settings.Silos:0.###}), {settings.Seconds:0.#} s"),
            Invariant($"{settings.Sellers} sellers: 1 heavy with {settings.HeavyCallers} callers per silo, {settings.Sellers - 1} light with {GovernorSettings.LightCallers} callers per silo; the ungoverned baseline runs the same callers on one client"));

    public static void WriteResults(TextWriter writer, GovernorSettings settings, RunResult baseline, RunResult governed)
    {
        var ceiling = baseline.AcceptedPerSecond;
        var table = new TextTable("run", "seconds", "requests", "429s", "accepted", "accepted/s", "x ceiling", "x limit", "heavy share", "heavy / median light", "failed calls");
        foreach (var run in new[] { baseline, governed })
        {
            table.Add(
                run.Name,
                Invariant($"{run.Elapsed.TotalSeconds:0.0}"),
                Invariant($"{run.Count.Requests}"),
                Invariant($"{run.Count.RateLimited}"),
                Invariant($"{run.Count.Accepted}"),
                Invariant($"{run.AcceptedPerSecond:0.0}"),
                Invariant($"{run.AcceptedPerSecond / ceiling:0.00}"),
                Invariant($"{run.AcceptedPerSecond / settings.Limit:0.00}"),
                Invariant($"{run.HeavyShare:0.0%}"),
                Invariant($"{run.HeavyOverMedianLight:0.00}"),
                ReferenceEquals(run, baseline) ? "n/a" : Invariant($"{run.Sellers.Failed}"));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(Invariant($"ceiling = accepted/s of the ungoverned client after {GovernorSettings.BaselineDrain.TotalSeconds:0} s spent its gateway burst; heavy share of a fair split = {1.0 / settings.Sellers:0.0%}"));
        var total = governed.Sellers.TotalAccepted;
        var silos = governed.PerClient.Select((silo, index) => Invariant($"silo {index + 1} {silo.TotalAccepted} ({(total == 0 ? 0 : (double)silo.TotalAccepted / total):0.0%})"));
        writer.WriteLine($"governed calls accepted per silo (client side): {string.Join(", ", silos)}");
        writer.WriteLine();
        var throughput = Invariant($"governed {governed.AcceptedPerSecond:0.0}/s = {governed.AcceptedPerSecond / ceiling:0.00} x the measured ceiling of {ceiling:0.0}/s (limit {settings.Limit:0.##}/s)");
        var rejected = Invariant($"{governed.Count.RateLimited} x 429 (ungoverned: {baseline.Count.RateLimited} in {baseline.Elapsed.TotalSeconds:0} s)");
        var fairness = Invariant($"heavy seller {governed.HeavyOverMedianLight:0.00} x the median light seller (ungoverned: {baseline.HeavyOverMedianLight:0.00} x)");
        writer.WriteLine($"summary: {throughput}, {rejected}, {fairness}");
    }
}
