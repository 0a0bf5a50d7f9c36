namespace Bench;

/// <summary>One kind of message of one phase of the <c>push</c> benchmark: messages expected and received, latency in ms.</summary>
internal sealed record PushResult(string Path, int Changes, long Expected, long Received, double P50, double P95, double P99, double Max)
{
    public long Lost => Expected - Received;

    /// <summary>Measures <paramref name="latencies"/> (one per message received) of <paramref name="changes"/> changes that should have reached <paramref name="expected"/> connections.</summary>
    public static PushResult Of(string path, int changes, long expected, IReadOnlyCollection<double> latencies)
    {
        if (latencies.Count == 0)
        {
            return new PushResult(path, changes, expected, 0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = latencies.Order().ToArray();
        return new PushResult(path, changes, expected, sorted.Length,
            Latency.Percentile(sorted, 0.50), Latency.Percentile(sorted, 0.95), Latency.Percentile(sorted, 0.99), sorted[^1]);
    }
}
