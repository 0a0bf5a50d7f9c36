using Grains.Interfaces.Orders;

namespace WebGateway.Contracts.Supplier;

/// <summary>
/// <c>GET /api/supplier/orders/page</c>: a page of the supplier's orders, its counts per status (the tabs), and the
/// <c>cursor</c> of the next page (absent on the last page).
/// </summary>
public sealed record class SupplierOrderPageDto(
    IReadOnlyList<SupplierOrderDto> Orders, IReadOnlyDictionary<OrderStatus, int> Counts, string? NextCursor);
