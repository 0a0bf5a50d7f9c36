namespace WebGateway.Contracts.Operator;

/// <summary><c>GET /api/operator/sellers</c>: a page of sellers in id order; <see cref="NextAfter"/> is the next page's <c>after</c>.</summary>
public sealed record class SellerListDto(IReadOnlyList<SellerOverviewDto> Sellers, string? NextAfter);
