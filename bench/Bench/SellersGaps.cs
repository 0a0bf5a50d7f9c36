namespace Bench;

/// <summary>
/// How often the sellers were polled, from the probe's record of finished runs: polls per minute in the measured
/// window for the ordering (busy) sellers and the others, the longest gap between two polls of any seller, and how
/// many sellers had gone longer than the cadence's bound without a poll when the window closed.
/// </summary>
internal sealed record SellersGaps(double BusyPollsPerMinute, double QuietPollsPerMinute, TimeSpan Longest, int OverBound)
{
    public static SellersGaps Measure(
        SellersProbe probe, IReadOnlyList<BenchSeller> sellers, IReadOnlySet<string> busy, DateTimeOffset since, DateTimeOffset from,
        DateTimeOffset to, TimeSpan bound)
    {
        var minutes = (to - from).TotalMinutes;
        long busyPolls = 0, quietPolls = 0;
        var longest = TimeSpan.Zero;
        var overBound = 0;
        foreach (var seller in sellers)
        {
            var polls = probe.PollsOf(seller.SellerId).Where(at => at < to).ToArray();
            var inWindow = polls.Count(at => at >= from);
            if (busy.Contains(seller.SellerId))
            {
                busyPolls += inWindow;
            }
            else
            {
                quietPolls += inWindow;
            }

            for (var i = 1; i < polls.Length; i++)
            {
                longest = polls[i] - polls[i - 1] > longest ? polls[i] - polls[i - 1] : longest;
            }

            if (to - (polls.Length > 0 ? polls[^1] : since) > bound)
            {
                overBound++;
            }
        }

        var quiet = sellers.Count - busy.Count;
        return new SellersGaps(
            busy.Count == 0 ? double.NaN : busyPolls / (double)busy.Count / minutes,
            quiet == 0 ? double.NaN : quietPolls / (double)quiet / minutes,
            longest,
            overBound);
    }
}
