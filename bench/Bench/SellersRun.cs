using Grains.Collection;

namespace Bench;

/// <summary>What one allowance of the <c>sellers</c> benchmark measured.</summary>
internal sealed record SellersRun(
    string Allowance,
    double LimitPerSecond,
    int OrderingSellers,
    TimeSpan Registration,
    long Reminders,
    double Minutes,
    TickCounts Ticks,
    CpuSample Cpu,
    double HeapBytesPerSeller,
    double WorkingSetBytesPerSeller,
    ApiCount Listing,
    ApiCount Query,
    (int Start, int Max, int End) ListingQueue,
    IReadOnlyDictionary<string, long> Timeouts,
    long FailedRuns,
    double[] Lags,
    CadenceStatus Cadence,
    double BoundPeriods,
    double BusyPollsPerMinute,
    double QuietPollsPerMinute,
    TimeSpan LongestGap,
    int SellersOverBound,
    int Fed,
    int Missing);
