namespace Bench;

/// <summary>Options of the <c>chaos</c> benchmark.</summary>
/// <param name="Kills">Silo kills (kill -9), alternating the two silos and collection / placing rounds.</param>
/// <param name="Sellers">Sellers collecting and placing throughout.</param>
/// <param name="OrdersPerRound">New SmartStore orders per seller in each round.</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
/// <param name="Smoke">A small run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record ChaosSettings(int Kills, int Sellers, int OrdersPerRound, string? Pg, bool Smoke)
{
    public const string Usage = "[--kills 20] [--sellers 6] [--orders-per-round 40] [--pg CONNECTION_STRING] [--smoke]";

    public static readonly string[] OptionNames = ["kills", "sellers", "orders-per-round", "pg"];

    public static ChaosSettings From(BenchArguments arguments)
    {
        var smoke = arguments.Flag("smoke");
        return new(
            arguments.Number("kills", smoke ? 2 : 20, 1),
            arguments.Number("sellers", smoke ? 2 : 6, 1),
            arguments.Number("orders-per-round", smoke ? 10 : 40, 1),
            arguments.Text("pg"),
            smoke);
    }
}
