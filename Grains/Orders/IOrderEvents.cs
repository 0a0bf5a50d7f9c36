using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;

namespace Grains.Orders;

/// <summary>
/// Where grains announce what happened, after it was persisted. The gateway issue replaces the default with one that
/// pushes to browsers (orderChanged, collectionFinished); announcing must not fail the command that was persisted.
/// </summary>
public interface IOrderEvents
{
    /// <summary>An order of <paramref name="sellerId"/> was collected or changed state.</summary>
    Task OrderChangedAsync(string sellerId, OrderView order);

    /// <summary>A collection run of <paramref name="sellerId"/> finished.</summary>
    Task CollectionFinishedAsync(string sellerId, CollectionRun run);

    /// <summary>The point balance of <paramref name="sellerId"/> changed.</summary>
    Task PointsChangedAsync(string sellerId, long balance);
}
