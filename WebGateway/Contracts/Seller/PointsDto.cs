namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>GET /api/seller/points</c>: the balance, the points the seller's orderable waiting orders need, and the ledger,
/// newest first. <see cref="NextBefore"/> is the <c>before</c> of the next page when the page was full.
/// </summary>
public sealed record class PointsDto(long Balance, long PointsNeeded, IReadOnlyList<PointEntryDto> Ledger, long? NextBefore);
