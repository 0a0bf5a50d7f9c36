using Grains.Interfaces.Orders;
using Microsoft.Extensions.Options;

namespace WebGateway.Contracts;

/// <summary>Turns order views into the API shapes at the current time (the late-shipping flag depends on it).</summary>
public sealed class OrderMapper
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _lateAfter;

    public OrderMapper(TimeProvider time, IOptions<LateShippingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _lateAfter = options.Value.LateShippingAfter;
    }

    public OrderDto ToDto(OrderView order) => OrderDto.From(order, _time.GetUtcNow(), _lateAfter);

    public SupplierOrderDto? ToSupplierDto(OrderView order) => SupplierOrderDto.FromOrNull(order, _time.GetUtcNow(), _lateAfter);
}
