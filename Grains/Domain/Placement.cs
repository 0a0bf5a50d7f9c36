namespace Grains.Domain;

/// <summary>
/// A placing in progress, persisted on the order before the points are charged, so that a crash at any point is
/// finished or undone by the order itself: the charge is idempotent by the product order id.
/// </summary>
/// <param name="OnchOrderNo">The OnChannel order number given to this placing (kept if it is retried).</param>
/// <param name="Amount">The KRW price from the last-second check against the catalog.</param>
/// <param name="SupplierId">The product's supplier.</param>
/// <param name="OptionId">The catalog option whose stock was taken (null for a product without options).</param>
/// <param name="StartedAt">When the placing began.</param>
[GenerateSerializer, Immutable, Alias("onch.Placement")]
public sealed record class Placement(
    [property: Id(0)] string OnchOrderNo,
    [property: Id(1)] long Amount,
    [property: Id(2)] string SupplierId,
    [property: Id(3)] string? OptionId,
    [property: Id(4)] DateTimeOffset StartedAt);
