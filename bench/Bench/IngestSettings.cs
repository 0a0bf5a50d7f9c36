namespace Bench;

/// <summary>Options of the <c>ingest</c> benchmark.</summary>
/// <param name="Sellers">Sellers collected concurrently in the measured run.</param>
/// <param name="OrdersPerSeller">Paid orders each seller has waiting in the simulator.</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
/// <param name="Smoke">A small run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record IngestSettings(int Sellers, int OrdersPerSeller, string? Pg, bool Smoke)
{
    public const string Usage = "[--sellers 20] [--orders-per-seller 200] [--pg CONNECTION_STRING] [--smoke]";

    /// <summary>The simulator's limit per application per API: far above what collection asks, so SmartStore is not the bottleneck.</summary>
    public const double SimulatorRate = 10_000;

    /// <summary>Orders of the warm-up seller, collected before the clock starts (activations, JIT, pools).</summary>
    public const int WarmupOrders = 100;

    /// <summary>Order grain calls one seller keeps in flight while collecting (<c>OrderFanout.Parallelism</c> in Grains).</summary>
    public const int FanoutPerSeller = 16;

    public static readonly string[] OptionNames = ["sellers", "orders-per-seller", "pg"];

    public int Orders => Sellers * OrdersPerSeller;

    /// <summary>Order writes in flight at once during the measured run, and the raw baseline's workers.</summary>
    public int Concurrency => Sellers * FanoutPerSeller;

    public static IngestSettings From(BenchArguments arguments)
    {
        var smoke = arguments.Flag("smoke");
        return new(
            arguments.Number("sellers", smoke ? 3 : 20, 1),
            arguments.Number("orders-per-seller", smoke ? 40 : 200, 20),
            arguments.Text("pg"),
            smoke);
    }
}
