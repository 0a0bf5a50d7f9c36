namespace Grains.Collection;

/// <summary>
/// How often the automatic collection polls SmartStore, in reminder ticks between polls (1 = every tick, 2.5 = two
/// polls in five ticks), for sellers with recent changes (busy) and without (quiet).
/// </summary>
/// <param name="BusyInterval">Ticks between polls of a busy seller, at least 1.</param>
/// <param name="QuietInterval">Ticks between polls of a quiet seller, at least <paramref name="BusyInterval"/>.</param>
public sealed record CadencePlan(double BusyInterval, double QuietInterval)
{
    /// <summary>Every seller polls on every tick: the budget covers everyone.</summary>
    public static CadencePlan EveryTick { get; } = new(1, 1);

    /// <summary>The interval of a busy or a quiet seller.</summary>
    public double IntervalFor(bool busy) => busy ? BusyInterval : QuietInterval;
}
