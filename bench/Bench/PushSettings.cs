namespace Bench;

/// <summary>Options of the <c>push</c> benchmark.</summary>
/// <param name="Connections">SignalR connections, spread over the sellers and alternately over the two gateways.</param>
/// <param name="Sellers">Sellers whose points change.</param>
/// <param name="Rate">Point top-ups per second, round-robin over the sellers.</param>
/// <param name="Seconds">How long each phase (through Orleans, then the baseline) sends.</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
/// <param name="Smoke">A tiny run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record PushSettings(int Connections, int Sellers, double Rate, double Seconds, string? Pg, bool Smoke)
{
    public const string Usage = "[--connections 200] [--sellers 50] [--rate 100] [--seconds 10] [--pg CONNECTION_STRING] [--smoke]";

    /// <summary>How long to wait for the last messages after a phase stops sending.</summary>
    public static readonly TimeSpan Drain = TimeSpan.FromSeconds(10);

    public static readonly string[] OptionNames = ["connections", "sellers", "rate", "seconds", "pg"];

    public int Changes => (int)Math.Round(Rate * Seconds);

    public static PushSettings From(BenchArguments arguments)
    {
        var smoke = arguments.Flag("smoke");
        var settings = new PushSettings(
            arguments.Number("connections", smoke ? 20 : 200, 1),
            arguments.Number("sellers", smoke ? 5 : 50, 1),
            arguments.Number("rate", smoke ? 20.0 : 100.0, 0.1),
            arguments.Number("seconds", smoke ? 2.0 : 10.0, 0.5),
            arguments.Text("pg"),
            smoke);
        return settings.Sellers > settings.Connections
            ? throw new ArgumentException("--sellers must not exceed --connections: every seller needs a connection.")
            : settings;
    }
}
