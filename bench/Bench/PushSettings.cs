namespace Bench;

/// <summary>Options of the <c>push</c> benchmark.</summary>
/// <param name="Connections">SignalR connections, spread over the sellers and alternately over the two gateways.</param>
/// <param name="Sellers">Sellers whose orders are placed.</param>
/// <param name="Rate">Orders placed (발주하기) per second, round-robin over the sellers; each placing is a few transitions.</param>
/// <param name="Seconds">How long each phase (through Orleans, then the baseline) sends.</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
/// <param name="Smoke">A tiny run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record PushSettings(int Connections, int Sellers, double Rate, double Seconds, string? Pg, bool Smoke)
{
    public const string Usage = "[--connections 2000] [--sellers 200] [--rate 20] [--seconds 30] [--pg CONNECTION_STRING] [--smoke]";

    /// <summary>How long to wait for the last transitions and messages after a phase stops sending.</summary>
    public static readonly TimeSpan Drain = TimeSpan.FromSeconds(15);

    public static readonly string[] OptionNames = ["connections", "sellers", "rate", "seconds", "pg"];

    /// <summary>Orders placed in the measured phase.</summary>
    public int Placings => (int)Math.Round(Rate * Seconds);

    /// <summary>Orders each seller needs: its share of the placings and one for the warm-up.</summary>
    public int OrdersPerSeller => ((Placings + Sellers - 1) / Sellers) + 1;

    public static PushSettings From(BenchArguments arguments)
    {
        var smoke = arguments.Flag("smoke");
        var settings = new PushSettings(
            arguments.Number("connections", smoke ? 20 : 2000, 1),
            arguments.Number("sellers", smoke ? 5 : 200, 1),
            arguments.Number("rate", smoke ? 10.0 : 20.0, 0.1),
            arguments.Number("seconds", smoke ? 2.0 : 30.0, 0.5),
            arguments.Text("pg"),
            smoke);
        return settings.Sellers > settings.Connections
            ? throw new ArgumentException("--sellers must not exceed --connections: every seller needs a connection.")
            : settings;
    }
}
