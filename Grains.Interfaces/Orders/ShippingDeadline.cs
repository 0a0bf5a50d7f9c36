namespace Grains.Interfaces.Orders;

/// <summary>발송 지연 위험: when a placed order counts as shipping late. Shared by the grains and the gateway.</summary>
public static class ShippingDeadline
{
    /// <summary>The default of <c>Fulfillment__LateShippingAfter</c>: a day after placing without a tracking number.</summary>
    public static readonly TimeSpan DefaultThreshold = TimeSpan.FromHours(24);

    /// <summary>
    /// True when a placed order still has no supplier tracking number <paramref name="threshold"/> after placing,
    /// unless a dispatch delay was registered on SmartStore and has not passed.
    /// </summary>
    public static bool IsLate(OrderView order, DateTimeOffset now, TimeSpan threshold)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Status == OrderStatus.Ordered
            && order.OnchTracking is null
            && order.PlacedAt is { } placed
            && now - placed >= threshold
            && !(order.SmartStore?.DispatchDueDate is { } due && due > now);
    }
}
