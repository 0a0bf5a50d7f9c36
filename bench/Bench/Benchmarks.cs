namespace Bench;

/// <summary>
/// Every benchmark of the bench program, in the order <c>--smoke</c> runs them. Each accepts <c>--smoke</c> (a small
/// run that proves it still works) and <c>--pg</c>.
/// </summary>
internal static class Benchmarks
{
    public static readonly IReadOnlyList<Benchmark> All =
    [
        new("governor", GovernorSettings.Usage, args => GovernorBenchmark.RunAsync(GovernorSettings.From(Parse(args, GovernorSettings.OptionNames)))),
        new("readmodel", ReadModelSettings.Usage, args => ReadModelBenchmark.RunAsync(ReadModelSettings.From(Parse(args, ReadModelSettings.OptionNames)))),
        new("ingest", IngestSettings.Usage, args => IngestBenchmark.RunAsync(IngestSettings.From(Parse(args, IngestSettings.OptionNames)))),
        new("push", PushSettings.Usage, args => PushBenchmark.RunAsync(PushSettings.From(Parse(args, PushSettings.OptionNames)))),
        new("place", PlaceSettings.Usage, args => PlaceBenchmark.RunAsync(PlaceSettings.From(Parse(args, PlaceSettings.OptionNames)))),
        new("sellers", SellersSettings.Usage, args => SellersBenchmark.RunAsync(SellersSettings.From(Parse(args, SellersSettings.OptionNames)))),
        new("chaos", ChaosSettings.Usage, args => ChaosBenchmark.RunAsync(ChaosSettings.From(Parse(args, ChaosSettings.OptionNames)))),
    ];

    /// <summary>The switch every benchmark accepts.</summary>
    public const string SmokeSwitch = "smoke";

    private static BenchArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options) =>
        BenchArguments.Parse(args, options, [SmokeSwitch]);
}
