using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;

namespace Grains.Interfaces.Live;

/// <summary>
/// One persisted change of a seller, on its way from the silo that announced it to every gateway's hub.
/// </summary>
/// <param name="Kind">Which payload is set.</param>
/// <param name="SellerId">The seller whose browsers are told.</param>
/// <param name="SupplierId">For an order of a catalog product, the supplier whose browsers are told as well.</param>
/// <param name="PersistedAt">
/// When the grain announced the change, right after persisting it (the silo's clock): the start of the push latency.
/// </param>
/// <param name="Order">The order as persisted (<see cref="LiveEventKind.OrderChanged"/>).</param>
/// <param name="Run">The finished run (<see cref="LiveEventKind.CollectionFinished"/>).</param>
/// <param name="Balance">The new balance (<see cref="LiveEventKind.PointsChanged"/>).</param>
/// <param name="Settings">The saved settings (<see cref="LiveEventKind.SettingsChanged"/>).</param>
[GenerateSerializer, Immutable, Alias("onch.LiveEvent")]
public sealed record class LiveEvent(
    [property: Id(0)] LiveEventKind Kind,
    [property: Id(1)] string SellerId,
    [property: Id(2)] string? SupplierId,
    [property: Id(3)] DateTimeOffset PersistedAt,
    [property: Id(4)] OrderView? Order = null,
    [property: Id(5)] CollectionRun? Run = null,
    [property: Id(6)] long? Balance = null,
    [property: Id(7)] SellerSettings? Settings = null)
{
    public static LiveEvent OrderChanged(string sellerId, OrderView order, DateTimeOffset persistedAt)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(LiveEventKind.OrderChanged, sellerId, order.SupplierId, persistedAt, Order: order);
    }

    public static LiveEvent CollectionFinished(string sellerId, CollectionRun run, DateTimeOffset persistedAt) =>
        new(LiveEventKind.CollectionFinished, sellerId, null, persistedAt, Run: run);

    public static LiveEvent PointsChanged(string sellerId, long balance, DateTimeOffset persistedAt) =>
        new(LiveEventKind.PointsChanged, sellerId, null, persistedAt, Balance: balance);

    public static LiveEvent SettingsChanged(string sellerId, SellerSettings settings, DateTimeOffset persistedAt) =>
        new(LiveEventKind.SettingsChanged, sellerId, null, persistedAt, Settings: settings);
}
