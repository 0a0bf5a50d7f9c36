namespace Grains.Interfaces.Points;

/// <summary>One line of a seller's append-only point ledger.</summary>
/// <param name="Id">Ledger sequence number; later entries have larger ids.</param>
/// <param name="At">When it was written.</param>
/// <param name="Amount">KRW points, positive for top-ups and refunds, negative for charges.</param>
/// <param name="BalanceAfter">The seller's balance right after this entry.</param>
/// <param name="Kind">Why points moved.</param>
/// <param name="Reference">What makes the entry unique for its seller and kind (request id or product order id).</param>
/// <param name="ProductOrderId">The order it concerns, for charges and refunds.</param>
/// <param name="Memo">A note for people.</param>
[GenerateSerializer, Immutable, Alias("onch.PointEntry")]
public sealed record class PointEntry(
    [property: Id(0)] long Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] long Amount,
    [property: Id(3)] long BalanceAfter,
    [property: Id(4)] PointEntryKind Kind,
    [property: Id(5)] string Reference,
    [property: Id(6)] string? ProductOrderId,
    [property: Id(7)] string? Memo);
