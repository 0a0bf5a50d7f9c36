namespace Bench;

/// <summary>Options of the <c>readmodel</c> benchmark.</summary>
/// <param name="Orders">Orders of the measured seller in <c>order_read</c>.</param>
/// <param name="Runs">Timed calls of each query.</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
internal sealed record ReadModelSettings(int Orders, int Runs, string? Pg)
{
    public const string Usage = "[--orders 20000] [--runs 50] [--pg CONNECTION_STRING]";

    /// <summary>The page the dashboard opens on.</summary>
    public const int PageSize = 50;

    /// <summary>Other sellers sharing the table, each with <see cref="NoiseOrdersPerSeller"/> orders.</summary>
    public const int NoiseSellers = 200;

    public const int NoiseOrdersPerSeller = 200;

    /// <summary>Untimed rounds before the timed ones (plans cached, pool and JIT warm).</summary>
    public const int WarmupRounds = 5;

    public static readonly string[] OptionNames = ["orders", "runs", "pg"];

    public static ReadModelSettings From(BenchArguments arguments) => new(
        arguments.Number("orders", 20_000, ReadModelSettings.PageSize),
        arguments.Number("runs", 50, 1),
        arguments.Text("pg"));
}
