namespace Grains.Interfaces.ReadModel;

/// <summary>
/// Where a page of orders starts (keyset paging): after the order with this time and id in the list's order
/// (newest first), so that a page costs the same however deep it is.
/// </summary>
/// <param name="OrderedAt">The <c>orderedAt</c> of the last order of the previous page.</param>
/// <param name="ProductOrderId">Its product order id, breaking ties.</param>
public sealed record class OrderPageCursor(DateTimeOffset OrderedAt, string ProductOrderId);
