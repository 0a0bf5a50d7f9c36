namespace Grains.Interfaces.Sellers;

/// <summary>What an order grain needs from its seller to validate itself.</summary>
/// <param name="SaleApplied">True when the seller applied to sell the product (판매 신청).</param>
/// <param name="RememberedOptionId">The seller's remembered 옵션 수정 choice for this product and option text.</param>
[GenerateSerializer, Immutable, Alias("onch.SellerOrderContext")]
public sealed record class SellerOrderContext(
    [property: Id(0)] bool SaleApplied,
    [property: Id(1)] string? RememberedOptionId);
