using System.Collections.Immutable;

namespace Grains.Interfaces.Sellers;

/// <summary>The outcome of 판매 신청 or 전체 판매신청.</summary>
/// <param name="Applied">Product codes applied for by this call (including ones applied for before).</param>
/// <param name="Rejected">Codes refused: malformed or not in the catalog.</param>
/// <param name="RevalidatedOrders">How many of the seller's orders using those products were validated again.</param>
[GenerateSerializer, Immutable, Alias("onch.SaleApplicationResult")]
public sealed record class SaleApplicationResult(
    [property: Id(0)] ImmutableArray<string> Applied,
    [property: Id(1)] ImmutableArray<string> Rejected,
    [property: Id(2)] int RevalidatedOrders);
