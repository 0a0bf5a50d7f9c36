namespace Bench;

/// <summary>Automatic collection ticks so far, by outcome.</summary>
internal readonly record struct TickCounts(long Polled, long Skipped, long Overlapped)
{
    public long Total => Polled + Skipped + Overlapped;

    public static TickCounts operator -(TickCounts after, TickCounts before) =>
        new(after.Polled - before.Polled, after.Skipped - before.Skipped, after.Overlapped - before.Overlapped);
}
