namespace Bench;

/// <summary>
/// One measured window: the simulator's counts for the application under load, and what the callers of each
/// client saw accepted per seller (seller 0 is the heavy one).
/// </summary>
internal sealed record RunResult(string Name, TimeSpan Elapsed, ApiCount Count, IReadOnlyList<TallySnapshot> PerClient)
{
    public TallySnapshot Sellers => PerClient.Aggregate((left, right) => left + right);

    public double AcceptedPerSecond => Count.Accepted / Elapsed.TotalSeconds;

    public double HeavyShare => Sellers.TotalAccepted == 0 ? 0 : (double)Sellers.Accepted[0] / Sellers.TotalAccepted;

    public double MedianLight
    {
        get
        {
            var light = Sellers.Accepted.Skip(1).Order().ToArray();
            var middle = light.Length / 2;
            return light.Length % 2 == 1 ? light[middle] : (light[middle - 1] + light[middle]) / 2.0;
        }
    }

    /// <summary>How many calls the heavy seller got through for each call of a typical light seller; 1 is fair.</summary>
    public double HeavyOverMedianLight => MedianLight == 0 ? double.PositiveInfinity : Sellers.Accepted[0] / MedianLight;
}
