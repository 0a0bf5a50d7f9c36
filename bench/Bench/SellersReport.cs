using static Bench.BenchText;

namespace Bench;

/// <summary>Prints the sellers benchmark: what ran, one column per allowance with its goal beside each figure, a summary per allowance.</summary>
internal static class SellersReport
{
    public static void WriteHeader(TextWriter writer, SellersSettings settings, BenchPostgres server)
    {
        BenchText.WriteHeader(
            writer,
            Invariant($"sellers benchmark: {settings.Sellers} sellers with automatic collection on one silo (this process, PostgreSQL, the simulator over HTTP in this process), reminder period {settings.Period.TotalSeconds:0.#} s"),
            Invariant($"allowances: full = ceiling({settings.Sellers} / {settings.Period.TotalSeconds:0.#} s) calls/s for last-changed-statuses and query, quarter = a quarter of it; governor headroom 1 (the whole limit)"),
            Invariant($"orders: {settings.OrdersPerSecond:0.##}/s paid now, each to a random seller (full: all sellers; quarter: the first {settings.BusyShare:P0}, each seeded with one order before); busy = a change found in the last {SellersSettings.BusyForPeriods} periods"),
            Invariant($"{settings.WarmupPeriods} warm-up periods after registering, then {settings.MeasurePeriods} measured periods; first runs read {SellersSettings.Window.TotalHours:0} h back"),
            $"{server.Settings} ({server.Origin})");
    }

    public static void WriteResults(TextWriter writer, SellersSettings settings, IReadOnlyList<SellersRun> runs)
    {
        var period = settings.Period.TotalSeconds;
        var table = new TextTable(["figure", "goal", .. runs.Select(run => Invariant($"{run.Allowance} ({run.LimitPerSecond:0}/s)"))]);
        double PerPeriod(SellersRun run, long count) => count / run.Minutes / 60 * period;
        void Row(string figure, string goal, Func<SellersRun, string> cell) => table.Add([figure, goal, .. runs.Select(cell)]);

        Row("registration (sellers/s)", "fast", r => Invariant($"{r.Registration.TotalSeconds:0.0} s ({settings.Sellers / r.Registration.TotalSeconds:0}/s)"));
        Row("reminders registered", Invariant($"{settings.Sellers}"), r => Invariant($"{r.Reminders}"));
        Row("ticks per period (polled + skipped + overlapped)", Invariant($"{settings.Sellers}"), r => Invariant($"{PerPeriod(r, r.Ticks.Total):0} ({PerPeriod(r, r.Ticks.Polled):0} + {PerPeriod(r, r.Ticks.Skipped):0} + {PerPeriod(r, r.Ticks.Overlapped):0})"));
        Row("ticks per minute", "", r => Invariant($"{r.Ticks.Total / r.Minutes:0}"));
        Row("last-changed-statuses calls/s", "", r => Invariant($"{r.Listing.Requests / (r.Minutes * 60):0.0}"));
        Row("  of the limit", ">= 90 %", r => Invariant($"{r.Listing.Accepted / (r.Minutes * 60) / r.LimitPerSecond:P0}"));
        Row("  429s in the window", "0 sustained", r => Invariant($"{r.Listing.RateLimited}"));
        Row("query calls/s (429s)", "", r => Invariant($"{r.Query.Requests / (r.Minutes * 60):0.0} ({r.Query.RateLimited})"));
        Row("governor queue start/max/end", "not growing", r => Invariant($"{r.ListingQueue.Start}/{r.ListingQueue.Max}/{r.ListingQueue.End}"));
        Row("grain call timeouts", "0", r => Invariant($"{r.Timeouts.Values.Sum()}"));
        Row("failed collection runs", "0", r => Invariant($"{r.FailedRuns}"));
        Row("process CPU s/min (per seller ms/min)", "", r => Invariant($"{r.Cpu.ProcessSeconds / r.Minutes:0.0} ({r.Cpu.ProcessSeconds / r.Minutes * 1000 / settings.Sellers:0.00})"));
        Row("PostgreSQL CPU s/min", "", r => r.Cpu.ServerSeconds is { } pg ? Invariant($"{pg / r.Minutes:0.0}") : "n/a");
        Row("managed heap per seller", "", r => Invariant($"{r.HeapBytesPerSeller / 1024:0.0} KiB"));
        Row("working set per seller", "", r => Invariant($"{r.WorkingSetBytesPerSeller / 1024:0.0} KiB"));
        Row("orders paid in the window", "", r => Invariant($"{r.Lags.Length}"));
        Row("payment -> visible p50", "", r => Seconds(r.Lags, 0.50));
        Row("payment -> visible p99", "full <= 90 s, quarter (busy) <= 120 s", r => Seconds(r.Lags, 0.99));
        Row("payment -> visible max", "", r => Seconds(r.Lags, 1.0));
        Row("cadence plan busy/quiet (ticks between polls)", "", r => Invariant($"{r.Cadence.Plan.BusyInterval:0.##}/{r.Cadence.Plan.QuietInterval:0.##}"));
        Row("cadence sees busy/quiet sellers", "", r => Invariant($"{r.Cadence.Busy}/{r.Cadence.Quiet}"));
        Row("cadence budget (polls/s)", "", r => Invariant($"{r.Cadence.PollsPerSecond:0.0}"));
        Row("polls per minute: ordering / other seller", "", r => Invariant($"{r.BusyPollsPerMinute:0.00} / {(double.IsNaN(r.QuietPollsPerMinute) ? "-" : Invariant($"{r.QuietPollsPerMinute:0.00}"))}"));
        Row("bound: every seller polled within (periods)", "", r => Invariant($"{Math.Ceiling(r.BoundPeriods):0}"));
        Row("longest gap between two polls", "<= bound", r => Invariant($"{r.LongestGap.TotalSeconds / period:0.0} periods ({r.LongestGap.TotalSeconds:0} s)"));
        Row("sellers past the bound at the end", "0", r => Invariant($"{r.SellersOverBound}"));
        Row("orders added / not visible after drain", "- / 0", r => Invariant($"{r.Fed} / {r.Missing}"));
        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("CPU: this process = silo + in-process simulator + the benchmark's feeder and watcher; PostgreSQL = every server process (from /proc).");
        writer.WriteLine("memory per seller = (managed heap, working set after a full GC once the window closed - the same before registering) / sellers; includes the simulator's accounts.");
        writer.WriteLine(Invariant($"timeouts = Orleans' timed-out and expired request counters ({string.Join(", ", runs.SelectMany(r => r.Timeouts.Keys).Distinct().DefaultIfEmpty("none reported"))}); bound = sellers / (min(quiet share, 1 - quiet share) x polls per period), rounded up."));
        writer.WriteLine();
        foreach (var run in runs)
        {
            writer.WriteLine(Invariant(
                $"summary {run.Allowance}: {run.Listing.Accepted / (run.Minutes * 60) / run.LimitPerSecond:P0} of the {run.LimitPerSecond:0}/s limit used, {run.Listing.RateLimited} x 429, {run.Timeouts.Values.Sum()} timeouts, lag p50 {Seconds(run.Lags, 0.5)} p99 {Seconds(run.Lags, 0.99)} over {run.Lags.Length} orders, {run.Missing} of {run.Fed} orders not visible"));
        }
    }

    private static string Seconds(double[] sorted, double percentile) =>
        sorted.Length == 0 ? "n/a" : Invariant($"{Latency.Percentile(sorted, percentile):0.0} s");
}
