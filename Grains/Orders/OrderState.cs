using Grains.Domain;

namespace Grains.Orders;

/// <summary>What an <see cref="OrderGrain"/> persists: the order, once collected.</summary>
[GenerateSerializer, Alias("onch.OrderState")]
public sealed class OrderState
{
    /// <summary>The order; null until it is collected.</summary>
    [Id(0)]
    public OrderData? Data { get; set; }
}
