using System.Collections.Immutable;
using Grains.Interfaces.Orders;

namespace Grains.Interfaces.ReadModel;

/// <summary>One page of a seller's orders in a status, with the seller's counts per status (the tabs).</summary>
/// <param name="Orders">The orders on the page, newest order first.</param>
/// <param name="Counts">How many orders the seller has in each status; statuses without orders are absent.</param>
/// <param name="PageSize">Orders per page.</param>
/// <param name="Next">Where the next page starts; null on the last page.</param>
public sealed record class OrderListPage(
    ImmutableArray<OrderView> Orders,
    ImmutableDictionary<OrderStatus, int> Counts,
    int PageSize,
    OrderPageCursor? Next);
