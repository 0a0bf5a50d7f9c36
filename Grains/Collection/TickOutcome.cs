namespace Grains.Collection;

/// <summary>What became of one automatic collection tick.</summary>
public enum TickOutcome
{
    /// <summary>The tick read SmartStore's changes.</summary>
    Polled,

    /// <summary>The cadence let the tick pass: the seller's share of the budget comes on a later tick.</summary>
    Skipped,

    /// <summary>The tick came while (or just after) a run of the seller, which already read the same changes.</summary>
    Overlapped,
}
