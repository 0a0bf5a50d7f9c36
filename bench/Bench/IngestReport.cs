using static Bench.BenchText;

namespace Bench;

/// <summary>Prints the ingest benchmark: what ran, one row per way of persisting, the proof, one summary line.</summary>
internal static class IngestReport
{
    public static void WriteHeader(TextWriter writer, IngestSettings settings, BenchPostgres server)
    {
        BenchText.WriteHeader(
            writer,
            Invariant($"ingest benchmark: manual collection (SellerGrain.CollectAsync) of {settings.Sellers} sellers x {settings.OrdersPerSeller} orders at once on a 1-silo cluster on PostgreSQL; each order = grain state write + read-model upsert"),
            Invariant($"simulator limit {IngestSettings.SimulatorRate:0}/s per API (not the bottleneck); {IngestWorkload.Description}; a warm-up seller with {IngestSettings.WarmupOrders} orders is collected first, untimed"),
            $"{server.Settings} ({server.Origin})");
    }

    public static void WriteResults(
        TextWriter writer,
        IngestSettings settings,
        (IngestRun Raw, IngestRun Listing, IngestRun Collection) runs,
        CollectionResults results,
        IngestVerification verification,
        IReadOnlyList<(string Kind, long RoundTrips, TimeSpan Waited)> roundTrips)
    {
        var (raw, listing, collection) = runs;
        var table = new TextTable("run", "orders", "seconds", "orders/s", "x raw commits", "write xacts / order", "bench CPU s", "PostgreSQL CPU s", "cores busy");
        foreach (var run in new[] { raw, listing, collection })
        {
            table.Add(
                run.Name,
                Invariant($"{run.Orders}"),
                Invariant($"{run.Elapsed.TotalSeconds:0.00}"),
                Invariant($"{run.OrdersPerSecond:0}"),
                Invariant($"{run.OrdersPerSecond / raw.OrdersPerSecond:0.00}"),
                ReferenceEquals(run, listing) ? "n/a" : Invariant($"{run.TransactionsPerOrder:0.00}"),
                Invariant($"{run.Cpu.ProcessSeconds:0.00}"),
                run.Cpu.ServerSeconds is { } server ? Invariant($"{server:0.00}") : "n/a",
                Invariant($"{(run.Cpu.ProcessSeconds + (run.Cpu.ServerSeconds ?? 0)) / run.Elapsed.TotalSeconds:0.00}"));
        }

        table.Write(writer);
        writer.WriteLine();
        var summaries = results.Summaries;
        writer.WriteLine(Invariant(
            $"collection runs: {summaries.Sum(s => s.Collected)} collected ({summaries.Sum(s => s.Orderable)} orderable, {summaries.Sum(s => s.NeedsOption)} need an option, {summaries.Sum(s => s.Failed)} failed validation), {summaries.Sum(s => s.AlreadyKnown)} already known, {results.Failed} runs failed; per seller {results.RunSeconds.P50:0.00} s median, {results.RunSeconds.Max:0.00} s slowest; {results.ListingRequests.Requests} listing requests, {results.ListingRequests.RateLimited} x 429"));
        writer.WriteLine("read model by status (measured sellers): " + string.Join(", ", verification.Statuses.Select(s => Invariant($"{s.Status} {s.Count}"))));
        writer.WriteLine(Invariant(
            $"verification: simulator holds {verification.SimulatorOrders} orders (warm-up seller included); order_read {verification.ReadRows} rows, order grain states {verification.OrderStates.Rows} rows of {verification.OrderStates.Grains} grains; missing {verification.Missing}, unexpected {verification.Unexpected}: {(verification.Passed ? "OK" : "FAILED")}"));
        writer.WriteLine(Invariant(
            $"write xacts = transaction ids the server assigned during the window; CPU = this process (silo, simulator, clients) and every PostgreSQL server process, from /proc; cores busy = both over the window"));
        writer.WriteLine(Invariant(
            $"raw rows are the run's own order rows copied into scratch tables (LIKE ... INCLUDING ALL), {settings.Concurrency} workers = {settings.Sellers} sellers x {IngestSettings.FanoutPerSeller} order calls in flight"));
        writer.WriteLine();
        WriteBreakdown(writer, settings, raw, listing, collection, roundTrips);
        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"summary: collection persisted {collection.OrdersPerSecond:0} orders/s = {collection.OrdersPerSecond / raw.OrdersPerSecond:0.00} x PostgreSQL's raw commit rate for the same rows ({raw.OrdersPerSecond:0} orders/s at 2 commits each, {settings.Concurrency} in flight); {collection.TransactionsPerOrder:0.00} write transactions per order; {verification.Missing} lost, {verification.Unexpected} unexpected of {verification.SimulatorOrders}"));
    }

    /// <summary>Where the collection window's time went, per order: round trips by kind and their waits, transactions, CPU by side.</summary>
    private static void WriteBreakdown(
        TextWriter writer, IngestSettings settings, IngestRun raw, IngestRun listing, IngestRun collection,
        IReadOnlyList<(string Kind, long RoundTrips, TimeSpan Waited)> roundTrips)
    {
        var orders = Math.Max(collection.Orders, 1);
        writer.WriteLine("where the time goes (collection window, per order):");
        var table = new TextTable("PostgreSQL round trips", "per order", "mean wait ms", "wait s summed");
        foreach (var (kind, count, waited) in roundTrips)
        {
            table.Add(
                kind,
                Invariant($"{(double)count / orders:0.00}"),
                Invariant($"{(count == 0 ? 0 : waited.TotalMilliseconds / count):0.00}"),
                Invariant($"{waited.TotalSeconds:0.0}"));
        }

        table.Add("all", Invariant($"{(double)roundTrips.Sum(r => r.RoundTrips) / orders:0.00}"), "", Invariant($"{roundTrips.Sum(r => r.Waited.TotalSeconds):0.0}"));
        table.Write(writer);
        var inFlight = collection.Elapsed.TotalSeconds * settings.Concurrency;
        writer.WriteLine(Invariant(
            $"  database waits = {roundTrips.Sum(r => r.Waited.TotalSeconds) / inFlight:P0} of the {settings.Concurrency} order calls' time in flight ({inFlight:0} s); the SmartStore part alone (listing row) takes {listing.Elapsed.TotalSeconds / collection.Elapsed.TotalSeconds:P0} of the window"));
        writer.WriteLine(Invariant(
            $"  write transactions {collection.TransactionsPerOrder:0.00} per order (raw {raw.TransactionsPerOrder:0.00}); CPU per order: this process {PerOrderMs(collection.Cpu.ProcessSeconds, collection):0.00} ms (raw {PerOrderMs(raw.Cpu.ProcessSeconds, raw):0.00}), PostgreSQL {PerOrderMs(collection.Cpu.ServerSeconds, collection):0.00} ms (raw {PerOrderMs(raw.Cpu.ServerSeconds, raw):0.00})"));
    }

    private static double PerOrderMs(double? seconds, IngestRun run) => (seconds ?? double.NaN) * 1000 / Math.Max(run.Orders, 1);
}
