namespace Grains.Fulfillment;

/// <summary>
/// What the outbox does with its one-shot timer (<see cref="OutboxTimer.Plan"/>): stop it, leave it as armed, or
/// fire it after <see cref="Delay"/>.
/// </summary>
public sealed record class OutboxTimerPlan
{
    private OutboxTimerPlan(TimeSpan? delay, bool keep)
    {
        Delay = delay;
        Keep = keep;
    }

    /// <summary>Nothing is due: the timer is stopped.</summary>
    public static OutboxTimerPlan Stop { get; } = new(null, false);

    /// <summary>A new write joins the pass already armed within <see cref="OutboxTimer.GatherDelay"/>: the timer is left as it is.</summary>
    public static OutboxTimerPlan KeepArmed { get; } = new(null, true);

    /// <summary>How long until the timer fires; null when it is stopped or kept.</summary>
    public TimeSpan? Delay { get; }

    /// <summary>True when the timer is left as armed.</summary>
    public bool Keep { get; }

    /// <summary>The timer fires after <paramref name="delay"/> (zero: now).</summary>
    public static OutboxTimerPlan FireAfter(TimeSpan delay) => new(delay, false);
}
