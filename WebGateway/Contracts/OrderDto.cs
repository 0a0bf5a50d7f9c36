using Grains.Interfaces.Orders;

namespace WebGateway.Contracts;

/// <summary>
/// The http-api <c>Order</c>, plus what the dashboard shows beside it: <see cref="Version"/> (drop stale pushes),
/// <see cref="Manual"/>, the supplier and placing time, the order's SmartStore sync, whether the two tracking numbers
/// differ and whether it is shipping late (발송 지연 위험).
/// </summary>
public sealed record class OrderDto(
    string ProductOrderId,
    string OrderId,
    string? OnchOrderNo,
    DateTimeOffset OrderedAt,
    DateTimeOffset PaidAt,
    string ProductCode,
    string ProductName,
    string ProductImageUrl,
    string OptionText,
    string? OptionId,
    int Quantity,
    long? Amount,
    OrderStatus Status,
    bool Orderable,
    IReadOnlyList<OrderErrorDto> Errors,
    RecipientDto Recipient,
    TrackingDto? OnchTracking,
    TrackingDto? SmartStoreTracking,
    DateTimeOffset UpdatedAt,
    long Version,
    bool Manual,
    string? SupplierId,
    DateTimeOffset? PlacedAt,
    SmartStoreSyncDto? SmartStore,
    bool TrackingMismatch,
    bool ShippingLate)
{
    /// <summary>The API shape of <paramref name="order"/> at <paramref name="now"/>.</summary>
    public static OrderDto From(OrderView order, DateTimeOffset now, TimeSpan lateShippingAfter)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderDto(
            order.ProductOrderId, order.OrderId, order.OnchOrderNo, order.OrderedAt, order.PaidAt, order.ProductCode,
            order.ProductName, order.ProductImageUrl, order.OptionText, order.OptionId, order.Quantity, order.Amount,
            order.Status, order.Orderable, [.. order.Errors.Select(OrderErrorDto.From)], RecipientDto.From(order.Recipient),
            TrackingDto.FromOrNull(order.OnchTracking), TrackingDto.FromOrNull(order.SmartStoreTracking), order.UpdatedAt,
            order.Version, order.Manual, order.SupplierId, order.PlacedAt, SmartStoreSyncDto.FromOrNull(order.SmartStore),
            TrackingDiffers(order), ShippingDeadline.IsLate(order, now, lateShippingAfter));
    }

    /// <summary>True when SmartStore shows a tracking number other than the supplier's.</summary>
    public static bool TrackingDiffers(OrderView order) =>
        order.OnchTracking is { } onch && order.SmartStoreTracking is { } smartStore && onch != smartStore;
}
