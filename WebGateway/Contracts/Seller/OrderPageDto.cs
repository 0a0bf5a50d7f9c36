namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>GET /api/seller/orders/page</c>: one page of the seller's orders, the seller's count in every status (the
/// dashboard's tabs; 0 for an empty one) and the cursor of the next page (absent on the last).
/// </summary>
public sealed record class OrderPageDto(IReadOnlyList<OrderDto> Orders, IReadOnlyDictionary<string, int> Counts, string? NextCursor);
