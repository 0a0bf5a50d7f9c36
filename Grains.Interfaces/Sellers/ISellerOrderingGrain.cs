using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Orleans.Concurrency;

namespace Grains.Interfaces.Sellers;

/// <summary>
/// Places one seller's orders (발주하기, 개별 주문, 자동 발주), keyed like the seller, one request at a time. A grain of its
/// own so that a long bulk placing never blocks the seller's other commands.
/// </summary>
[Alias("onch.ISellerOrderingGrain")]
public interface ISellerOrderingGrain : IGrainWithStringKey
{
    /// <summary>Places the orders in the order given (when points run out, the earlier ones are placed); a result each.</summary>
    [Alias("Place"), ResponseTimeout(PlacingTimeouts.Request)]
    Task<ImmutableArray<PlaceOutcome>> PlaceAsync(ImmutableArray<string> productOrderIds);

    /// <summary>개별 주문, idempotent by its request id.</summary>
    [Alias("PlaceManual")]
    Task<PlaceOutcome> PlaceManualAsync(ManualOrder order);

    /// <summary>자동 발주: places the orderable orders the policy allows, oldest first, while the points last.</summary>
    [Alias("AutoOrder"), OneWay]
    Task AutoOrderAsync();
}
