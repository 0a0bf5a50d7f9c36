namespace Bench;

/// <summary>Percentiles of a set of timings in milliseconds (nearest rank).</summary>
internal sealed record Latency(int Count, double P50, double P95, double Max)
{
    public static Latency Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latency(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1]);
    }

    /// <summary>The nearest-rank <paramref name="percentile"/> (0..1) of <paramref name="sorted"/> timings.</summary>
    public static double Percentile(double[] sorted, double percentile) => Rank(sorted, percentile);

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
