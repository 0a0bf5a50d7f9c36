using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts.Seller;

/// <summary>A product order collection gave up on (SmartStore kept leaving it out), with the reason, for a person.</summary>
public sealed record class QuarantinedOrderDto(string ProductOrderId, string Reason, DateTimeOffset At)
{
    public static QuarantinedOrderDto From(QuarantinedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order.ProductOrderId, order.Reason, order.At);
    }
}
