using Grains.Interfaces.Catalog;

namespace Grains.Interfaces.Orders;

/// <summary>
/// What a new order is validated against when collection hands it over: the catalog product and the seller's facts
/// for it, as the collection run read them once for all its orders.
/// </summary>
/// <param name="Product">The catalog product for the order's code; null when the catalog does not know it.</param>
/// <param name="SaleApplied">True when the seller applied to sell the product (판매 신청).</param>
/// <param name="RememberedOptionId">The seller's remembered 옵션 수정 choice for the product and option text.</param>
[GenerateSerializer, Immutable, Alias("onch.OrderFacts")]
public sealed record class OrderFacts(
    [property: Id(0)] Product? Product,
    [property: Id(1)] bool SaleApplied,
    [property: Id(2)] string? RememberedOptionId)
{
    /// <summary>No product, no 판매 신청, nothing remembered: what an order with a malformed product code gets.</summary>
    public static OrderFacts None { get; } = new(null, false, null);
}
