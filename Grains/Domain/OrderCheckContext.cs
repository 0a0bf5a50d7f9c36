using Grains.Interfaces.Catalog;

namespace Grains.Domain;

/// <summary>
/// What the order grain knows from outside the order when it validates it: the catalog product, the seller's sale
/// application, whether another OnChannel order already exists for it, and the seller's remembered option choice.
/// </summary>
/// <param name="Product">The catalog product for the order's code; null when the catalog does not know it.</param>
/// <param name="SaleApplied">True when the seller has applied to sell the product (판매 신청).</param>
/// <param name="IsDuplicate">True when the same SmartStore product order already has an OnChannel order.</param>
/// <param name="RememberedOptionId">The seller's remembered choice for this product and option text, if any.</param>
public sealed record class OrderCheckContext(
    Product? Product,
    bool SaleApplied,
    bool IsDuplicate,
    string? RememberedOptionId);
