namespace Grains.Interfaces.Points;

/// <summary>The result of a ledger posting.</summary>
/// <param name="Outcome">Posted now, posted before, or refused for lack of points.</param>
/// <param name="Balance">The seller's balance after the call.</param>
/// <param name="Entry">The entry (the earlier one when already posted); null when refused.</param>
[GenerateSerializer, Immutable, Alias("onch.PointPosting")]
public sealed record class PointPosting(
    [property: Id(0)] PostingOutcome Outcome,
    [property: Id(1)] long Balance,
    [property: Id(2)] PointEntry? Entry)
{
    /// <summary>True when the entry exists after the call (written now or before).</summary>
    public bool Succeeded => Outcome != PostingOutcome.Insufficient;
}
