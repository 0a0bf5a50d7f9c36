namespace Bench;

/// <summary>Options of the <c>sellers</c> benchmark.</summary>
/// <param name="Sellers">Sellers with automatic collection on the one silo.</param>
/// <param name="Period">The reminder period (<c>Collection__AutoCollectPeriod</c>).</param>
/// <param name="WarmupPeriods">Periods between the last registration and the measured window (first polls, plan settling).</param>
/// <param name="MeasurePeriods">Length of the measured window, in periods.</param>
/// <param name="OrdersPerSecond">Paid orders the simulator adds, each to a random seller of the ordering group.</param>
/// <param name="BusyShare">Share of sellers that receive orders at the quarter allowance (the busy ones).</param>
/// <param name="Allowances">Which allowances run: <c>both</c>, <c>full</c> or <c>quarter</c>.</param>
/// <param name="Parallelism">Sellers registered at once.</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
/// <param name="Smoke">A small run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record SellersSettings(
    int Sellers, TimeSpan Period, int WarmupPeriods, int MeasurePeriods, double OrdersPerSecond, double BusyShare, string Allowances,
    int Parallelism, string? Pg, bool Smoke)
{
    public const string Usage =
        "[--sellers 10000] [--period-seconds 60] [--warmup-periods 2] [--measure-periods 3] [--orders-per-second 5] [--busy-share 0.1] [--allowances both|full|quarter] [--parallelism 32] [--pg CONNECTION_STRING] [--smoke]";

    public static readonly string[] OptionNames =
        ["sellers", "period-seconds", "warmup-periods", "measure-periods", "orders-per-second", "busy-share", "allowances", "parallelism", "pg"];

    /// <summary>A seller counts as busy this many periods after a run that found changes (<c>Collection__BusyFor</c>).</summary>
    public const int BusyForPeriods = 10;

    /// <summary>How far back a seller's first run reads (<c>Collection__Window</c>): one call, not six days of them.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>The simulator's limit for the APIs the benchmark does not measure (token, listing by conditions, writes).</summary>
    public const double OtherApiRate = 2_000;

    public TimeSpan BusyFor => Period * BusyForPeriods;

    public static SellersSettings From(BenchArguments arguments)
    {
        var smoke = arguments.Flag("smoke");
        return new(
            arguments.Number("sellers", smoke ? 200 : 10_000, 10),
            TimeSpan.FromSeconds(arguments.Number("period-seconds", smoke ? 3.0 : 60.0, 1.0)),
            arguments.Number("warmup-periods", smoke ? 1 : 2, 1),
            arguments.Number("measure-periods", smoke ? 2 : 3, 1),
            arguments.Number("orders-per-second", 5.0, 0.1),
            Math.Min(1, arguments.Number("busy-share", 0.1, 0.01)),
            arguments.Choice("allowances", "both", ["both", "full", "quarter"]),
            arguments.Number("parallelism", 32, 1),
            arguments.Text("pg"),
            smoke);
    }
}
