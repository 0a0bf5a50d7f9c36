using System.Collections.Immutable;
using Grains.Interfaces.Orders;

namespace Grains.Interfaces.ReadModel;

/// <summary>
/// The read model of collected orders: written by order grains after each persisted transition, read by lists,
/// counts and the re-validation fan-outs, so that none of them has to call every grain. The silo and the gateway
/// register its PostgreSQL implementation; grain tests may use an in-memory one.
/// </summary>
public interface IOrderReadModel
{
    /// <summary>
    /// Writes the row of <paramref name="order"/> unless the stored row already has a later version, so that a
    /// retried or late write never goes back in time. Writing the same version again refreshes the row's projection
    /// time, which is how a repaired order stops being reported by <see cref="StaleOrderIdsAsync"/>.
    /// </summary>
    Task UpsertAsync(string sellerId, OrderView order, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes many rows at once, each by the rule of <see cref="UpsertAsync"/>, all or none. When an order occurs more
    /// than once in <paramref name="rows"/>, its highest version is written (the last of equal ones), as if the rows
    /// were written one after another. For ingest and seeding; the counts per status stay exact.
    /// </summary>
    Task UpsertManyAsync(IReadOnlyList<(string SellerId, OrderView Order)> rows, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of the seller's orders (in <paramref name="status"/>, or all when null), newest first (by
    /// <see cref="OrderView.OrderedAt"/>, then by product order id, descending), starting after
    /// <paramref name="after"/>, with the seller's counts per status. The counts are kept with the rows, so a page costs
    /// the same whatever the seller's order count and however deep it is.
    /// </summary>
    Task<OrderListPage> ListAsync(
        string sellerId, OrderStatus? status, OrderPageCursor? after = null, int pageSize = 50, CancellationToken cancellationToken = default);

    /// <summary>One order of the seller, or null when the seller has no such order.</summary>
    Task<OrderView?> FindAsync(string sellerId, string productOrderId, CancellationToken cancellationToken = default);

    /// <summary>Ids of the not-yet-placed orders using <paramref name="productCode"/>, of every seller.</summary>
    Task<ImmutableArray<string>> OpenOrderIdsByProductAsync(string productCode, CancellationToken cancellationToken = default);

    /// <summary>Ids of the seller's not-yet-placed orders using any of <paramref name="productCodes"/>.</summary>
    Task<ImmutableArray<string>> OpenOrderIdsAsync(
        string sellerId, IReadOnlyCollection<string> productCodes, CancellationToken cancellationToken = default);

    /// <summary>The products of the seller's not-yet-placed orders that show <paramref name="code"/>.</summary>
    Task<ImmutableArray<string>> OpenProductCodesWithErrorAsync(
        string sellerId, OrderErrorCode code, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="productOrderIds"/> are known orders of the seller.</summary>
    Task<ImmutableArray<string>> KnownIdsAsync(
        string sellerId, IReadOnlyCollection<string> productOrderIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Product order ids whose persisted order state was written after their row was last projected (or that have no
    /// row at all), oldest first, at most <paramref name="limit"/>: orders whose projection failed after the persist.
    /// Only states written more than <paramref name="grace"/> ago count, so a transition in flight is not reported.
    /// A projection counts for the states written before it started: order grains persist, then project.
    /// </summary>
    Task<ImmutableArray<string>> StaleOrderIdsAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of the supplier's orders: those handed to <paramref name="supplierId"/> by placing (주문발주, 배송완료, and
    /// the placed ones the buyer canceled), in <paramref name="status"/> or all when null, newest placed first (by
    /// <see cref="OrderView.PlacedAt"/>, then by product order id, descending), with the supplier's counts per status.
    /// The cursor's <see cref="OrderPageCursor.OrderedAt"/> holds the placing time here: the list is ordered by it.
    /// </summary>
    Task<OrderListPage> ListForSupplierAsync(
        string supplierId, OrderStatus? status, OrderPageCursor? after = null, int pageSize = 50, CancellationToken cancellationToken = default);

    /// <summary>The order that was given the OnChannel order number <paramref name="onchOrderNo"/>, or null.</summary>
    Task<OrderView?> FindByOnchOrderNoAsync(string onchOrderNo, CancellationToken cancellationToken = default);

    /// <summary>The seller whose order <paramref name="productOrderId"/> is, or null for an unknown order.</summary>
    Task<string?> SellerOfAsync(string productOrderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of the seller's orderable (발주 가능) Waiting orders, 포인트 부족 ones included, oldest
    /// <see cref="OrderView.OrderedAt"/> first (then by id), at most <paramref name="limit"/>: what auto ordering
    /// places and a top-up resumes, in the order the buyers ordered.
    /// </summary>
    Task<ImmutableArray<string>> OrderableIdsAsync(string sellerId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The sum of <see cref="OrderView.Amount"/> over the seller's orderable Waiting orders (0 when none).</summary>
    Task<long> PointsNeededAsync(string sellerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Placed (주문발주) orders placed before <paramref name="placedBefore"/> that have no supplier tracking number
    /// (<see cref="OrderView.OnchTracking"/> null), of the seller and/or the supplier when given (all when both are
    /// null), oldest placed first, at most <paramref name="limit"/>: the candidates for 발송 지연 위험.
    /// </summary>
    Task<ImmutableArray<OrderView>> LateShipmentsAsync(
        string? sellerId, string? supplierId, DateTimeOffset placedBefore, int limit, CancellationToken cancellationToken = default);
}
