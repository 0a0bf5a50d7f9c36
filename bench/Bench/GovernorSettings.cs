namespace Bench;

/// <summary>Options of the <c>governor</c> benchmark.</summary>
/// <param name="Seconds">How long the governed silos run.</param>
/// <param name="Limit">The simulator's limit per application per API, in requests per second.</param>
/// <param name="Silos">Independent client instances, each with <c>FixedRateShare(1 / Silos)</c>.</param>
/// <param name="Sellers">Seller accounts; the first is the heavy one.</param>
/// <param name="HeavyCallers">Parallel callers of the heavy seller in each silo.</param>
/// <param name="Api">The API under load: <c>query</c> or <c>last-changed-statuses</c>.</param>
/// <param name="Smoke">A short run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record GovernorSettings(double Seconds, double Limit, int Silos, int Sellers, int HeavyCallers, string Api, bool Smoke)
{
    /// <summary>Parallel callers of each light seller in each silo: two, so a light seller always has one waiting.</summary>
    public const int LightCallers = 2;

    public const string Usage =
        "[--seconds 30] [--limit 20] [--silos 2] [--sellers 20] [--heavy-callers 32] [--api query|last-changed-statuses] [--smoke]";

    public static readonly string[] OptionNames = ["seconds", "limit", "silos", "sellers", "heavy-callers", "api"];

    /// <summary>The ungoverned client first spends the gateway's burst (twice the limit), then is measured.</summary>
    public static TimeSpan BaselineDrain => TimeSpan.FromSeconds(1);

    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public TimeSpan BaselineWindow => TimeSpan.FromSeconds(Math.Min(5, Seconds));

    public static GovernorSettings From(BenchArguments arguments)
    {
        var smoke = arguments.Flag("smoke");
        return new(
            arguments.Number("seconds", smoke ? 4.0 : 30.0, 1.0),
            arguments.Number("limit", 20.0, 0.5),
            arguments.Number("silos", 2, 1),
            arguments.Number("sellers", smoke ? 6 : 20, 2),
            arguments.Number("heavy-callers", smoke ? 8 : 32, 1),
            arguments.Choice("api", LoadApi.Query, LoadApi.Names),
            smoke);
    }
}
