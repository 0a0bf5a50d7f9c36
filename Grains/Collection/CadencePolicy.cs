namespace Grains.Collection;

/// <summary>
/// Splits a silo's polling budget between its busy and quiet sellers. When the budget covers a poll per seller per
/// tick, everyone polls every tick. Otherwise busy sellers poll every tick as long as quiet sellers keep at least
/// <c>quietShare</c> of the budget; past that, busy sellers share the rest evenly. Quiet sellers never poll more often
/// than busy ones. Total demand (polls per tick) never exceeds the budget, and no seller waits longer than
/// <see cref="LongestInterval"/> ticks.
/// </summary>
public static class CadencePolicy
{
    /// <summary>The plan for <paramref name="busy"/> and <paramref name="quiet"/> sellers sharing <paramref name="pollsPerTick"/>.</summary>
    /// <param name="busy">Sellers of the silo with recent changes.</param>
    /// <param name="quiet">The silo's other sellers.</param>
    /// <param name="pollsPerTick">SmartStore polls the silo may make per reminder period.</param>
    /// <param name="quietShare">The least share of the budget kept for quiet sellers, in (0, 1).</param>
    public static CadencePlan Plan(int busy, int quiet, double pollsPerTick, double quietShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(busy);
        ArgumentOutOfRangeException.ThrowIfNegative(quiet);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quietShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(quietShare, 1);
        if (busy + quiet <= pollsPerTick)
        {
            return CadencePlan.EveryTick;
        }

        // Even with no budget learned yet, plan for some polls so that the intervals stay finite.
        var capacity = Math.Max(pollsPerTick, 1);
        var reserved = Math.Min(quiet, quietShare * capacity);
        var busyInterval = Math.Max(1, busy / (capacity - reserved));
        var quietCapacity = capacity - (busy / busyInterval);
        var quietInterval = quiet == 0 ? busyInterval : Math.Max(busyInterval, quiet / quietCapacity);
        return new CadencePlan(busyInterval, quietInterval);
    }

    /// <summary>
    /// The longest interval (in ticks) any plan gives a silo of <paramref name="sellers"/> sellers with
    /// <paramref name="pollsPerTick"/>: <c>sellers / (min(quietShare, 1 - quietShare) x pollsPerTick)</c>, at least 1.
    /// </summary>
    public static double LongestInterval(int sellers, double pollsPerTick, double quietShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sellers);
        var share = Math.Min(quietShare, 1 - quietShare);
        return Math.Max(1, sellers / (share * Math.Max(pollsPerTick, 1)));
    }

    /// <summary>Polls per tick a plan asks of <paramref name="busy"/> and <paramref name="quiet"/> sellers.</summary>
    public static double Demand(CadencePlan plan, int busy, int quiet)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return (busy / plan.BusyInterval) + (quiet / plan.QuietInterval);
    }
}
