namespace Bench;

/// <summary>Options of the <c>readmodel</c> benchmark.</summary>
/// <param name="Orders">Orders of the measured seller in <c>order_read</c>.</param>
/// <param name="Runs">Timed calls of each query.</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
/// <param name="NoiseSellers">Other sellers sharing the table, each with <paramref name="NoiseOrdersPerSeller"/> orders.</param>
/// <param name="NoiseOrdersPerSeller">Orders of each other seller.</param>
/// <param name="Smoke">A tiny run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record ReadModelSettings(int Orders, int Runs, string? Pg, int NoiseSellers, int NoiseOrdersPerSeller, bool Smoke)
{
    public const string Usage = "[--orders 20000] [--runs 50] [--pg CONNECTION_STRING] [--smoke]";

    /// <summary>The page the dashboard opens on.</summary>
    public const int PageSize = 50;

    /// <summary>The deep page timed next to the first one (keyset paging), or the last page when there are fewer.</summary>
    public const int DeepPage = 1_000;

    /// <summary>Rows per <c>UpsertManyAsync</c> call when seeding.</summary>
    public const int SeedBatchSize = 5_000;

    /// <summary>Untimed rounds before the timed ones (plans cached, pool and JIT warm).</summary>
    public const int WarmupRounds = 5;

    public static readonly string[] OptionNames = ["orders", "runs", "pg"];

    public static ReadModelSettings From(BenchArguments arguments) =>
        arguments.Flag("smoke")
            ? new(arguments.Number("orders", 500, PageSize), arguments.Number("runs", 5, 1), arguments.Text("pg"), 5, 50, Smoke: true)
            : new(arguments.Number("orders", 20_000, PageSize), arguments.Number("runs", 50, 1), arguments.Text("pg"), 200, 200, Smoke: false);
}
