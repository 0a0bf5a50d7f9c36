using Grains.Interfaces.Orders;

namespace WebGateway.Contracts;

/// <summary>
/// The http-api <c>SupplierOrder</c>: what a supplier needs to ship an order of its product, without the seller's
/// prices or SmartStore ids. <see cref="Notices"/> carries what changed after placing (취소, 배송지 변경).
/// </summary>
public sealed record class SupplierOrderDto(
    string OnchOrderNo,
    string ProductCode,
    string ProductName,
    string ProductImageUrl,
    string? OptionId,
    string OptionText,
    int Quantity,
    RecipientDto Recipient,
    TrackingDto? Tracking,
    OrderStatus Status,
    DateTimeOffset? PlacedAt,
    bool ShippingLate,
    IReadOnlyList<OrderErrorDto> Notices,
    long Version,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The supplier's view of a placed order; null for an order that was never placed.</summary>
    public static SupplierOrderDto? FromOrNull(OrderView order, DateTimeOffset now, TimeSpan lateShippingAfter)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.OnchOrderNo is null || order.SupplierId is null)
        {
            return null;
        }

        return new SupplierOrderDto(
            order.OnchOrderNo, order.ProductCode, order.ProductName, order.ProductImageUrl, order.OptionId, order.OptionText,
            order.Quantity, RecipientDto.From(order.Recipient), TrackingDto.FromOrNull(order.OnchTracking), order.Status,
            order.PlacedAt, ShippingDeadline.IsLate(order, now, lateShippingAfter),
            [.. order.Errors.Where(e => e.Code is OrderErrorCode.CanceledAfterPlacing or OrderErrorCode.AddressChangedAfterPlacing).Select(OrderErrorDto.From)],
            order.Version, order.UpdatedAt);
    }
}
