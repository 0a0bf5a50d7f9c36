using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;

namespace Grains.Orders;

/// <summary>
/// Where grains announce what happened, after it was persisted. The silo's implementation
/// (<see cref="Live.LivePublisher"/>) queues the events for every gateway's hub and returns at once; announcing must
/// never fail or slow the command that was persisted.
/// </summary>
public interface IOrderEvents
{
    /// <summary>An order of <paramref name="sellerId"/> was collected or changed state.</summary>
    Task OrderChangedAsync(string sellerId, OrderView order);

    /// <summary>A collection run of <paramref name="sellerId"/> finished.</summary>
    Task CollectionFinishedAsync(string sellerId, CollectionRun run);

    /// <summary>The point balance of <paramref name="sellerId"/> changed.</summary>
    Task PointsChangedAsync(string sellerId, long balance);

    /// <summary>The automation settings of <paramref name="sellerId"/> were saved with a change.</summary>
    Task SettingsChangedAsync(string sellerId, SellerSettings settings);
}
