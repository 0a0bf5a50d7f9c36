namespace SmartStoreSimulator.Domain;

/// <summary>
/// The simulator's wall clock: the host's clock shifted by an offset the control API sets, so a test can put the
/// simulated Naver ahead of or behind the client. Only <see cref="GetUtcNow"/> moves; timers and the rate buckets keep
/// the host's monotonic time, because a skewed clock at Naver does not change how fast its limiter refills.
/// </summary>
internal sealed class SimClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
