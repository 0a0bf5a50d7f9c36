using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;

namespace Tests.Shared;

/// <summary>
/// An <see cref="IOrderReadModel"/> in memory, for grain tests where PostgreSQL is not the point. Same rules as the
/// PostgreSQL one (a write never goes back to an older version; counts per status; newest first by time, then by id;
/// open = CollectionFailed or Waiting; a supplier's orders newest placed first), checked against it by the same tests (<c>OrderReadModelContract</c>).
/// </summary>
public sealed class InMemoryOrderReadModel : IOrderReadModel
{
    private static readonly ImmutableArray<OrderStatus> OpenStatuses = [OrderStatus.CollectionFailed, OrderStatus.Waiting];

    // The statuses placing leads to: the supplier's list.
    private static readonly ImmutableArray<OrderStatus> PlacedStatuses = [OrderStatus.Ordered, OrderStatus.Delivered, OrderStatus.Canceled];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string SellerId, OrderView Order)> _rows = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task UpsertAsync(string sellerId, OrderView order, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentNullException.ThrowIfNull(order);
        return UpsertManyAsync([(sellerId, order)], cancellationToken);
    }

    /// <inheritdoc />
    public Task UpsertManyAsync(IReadOnlyList<(string SellerId, OrderView Order)> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var (sellerId, order) in rows)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
            ArgumentNullException.ThrowIfNull(order);
        }

        lock (_gate)
        {
            // One after another: the highest version of an id wins, the last of equal ones.
            foreach (var (sellerId, order) in rows)
            {
                if (!_rows.TryGetValue(order.ProductOrderId, out var current) || current.Order.Version <= order.Version)
                {
                    _rows[order.ProductOrderId] = (sellerId, order);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<OrderListPage> ListAsync(
        string sellerId, OrderStatus? status, OrderPageCursor? after = null, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 500);
        lock (_gate)
        {
            return Task.FromResult(Page([.. Of(sellerId)], status, after, pageSize, o => o.OrderedAt));
        }
    }

    /// <inheritdoc />
    public Task<OrderView?> FindAsync(string sellerId, string productOrderId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(productOrderId, out var row) && row.SellerId == sellerId ? row.Order : null);
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<string>> OpenOrderIdsByProductAsync(string productCode, CancellationToken cancellationToken = default) =>
        Ids(_rows.Values.Select(r => r.Order).Where(o => o.ProductCode == productCode && IsOpen(o)).Select(o => o.ProductOrderId));

    /// <inheritdoc />
    public Task<ImmutableArray<string>> OpenOrderIdsAsync(
        string sellerId, IReadOnlyCollection<string> productCodes, CancellationToken cancellationToken = default) =>
        Ids(Of(sellerId).Where(o => productCodes.Contains(o.ProductCode) && IsOpen(o)).Select(o => o.ProductOrderId));

    /// <inheritdoc />
    public Task<ImmutableArray<string>> OpenProductCodesWithErrorAsync(
        string sellerId, OrderErrorCode code, CancellationToken cancellationToken = default) =>
        Ids(Of(sellerId)
            .Where(o => IsOpen(o) && !o.Errors.IsDefault && o.Errors.Any(e => e.Code == code))
            .Select(o => o.ProductCode)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));

    /// <inheritdoc />
    public Task<ImmutableArray<string>> KnownIdsAsync(
        string sellerId, IReadOnlyCollection<string> productOrderIds, CancellationToken cancellationToken = default) =>
        Ids(Of(sellerId).Where(o => productOrderIds.Contains(o.ProductOrderId)).Select(o => o.ProductOrderId));

    /// <summary>Always empty: there is no grain storage in memory to compare the rows with.</summary>
    public Task<ImmutableArray<string>> StaleOrderIdsAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Task.FromResult(ImmutableArray<string>.Empty);
    }

    /// <inheritdoc />
    public Task<OrderListPage> ListForSupplierAsync(
        string supplierId, OrderStatus? status, OrderPageCursor? after = null, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supplierId);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 500);
        lock (_gate)
        {
            var placed = _rows.Values.Select(r => r.Order)
                .Where(o => o.SupplierId == supplierId && o.PlacedAt is not null && PlacedStatuses.Contains(o.Status))
                .ToList();
            return Task.FromResult(Page(placed, status, after, pageSize, o => o.PlacedAt!.Value));
        }
    }

    /// <inheritdoc />
    public Task<OrderView?> FindByOnchOrderNoAsync(string onchOrderNo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onchOrderNo);
        lock (_gate)
        {
            return Task.FromResult(_rows.Values.Select(r => r.Order)
                .Where(o => o.OnchOrderNo == onchOrderNo)
                .OrderByDescending(o => o.PlacedAt is not null)
                .ThenByDescending(o => o.PlacedAt)
                .ThenBy(o => o.ProductOrderId, StringComparer.Ordinal)
                .FirstOrDefault());
        }
    }

    /// <inheritdoc />
    public Task<string?> SellerOfAsync(string productOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productOrderId);
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(productOrderId, out var row) ? row.SellerId : null);
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<string>> OrderableIdsAsync(string sellerId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Ids(OrderableOf(sellerId)
            .OrderBy(o => o.OrderedAt)
            .ThenBy(o => o.ProductOrderId, StringComparer.Ordinal)
            .Take(limit)
            .Select(o => o.ProductOrderId));
    }

    /// <inheritdoc />
    public Task<long> PointsNeededAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        lock (_gate)
        {
            return Task.FromResult(OrderableOf(sellerId).Sum(o => o.Amount ?? 0));
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<OrderView>> LateShipmentsAsync(
        string? sellerId, string? supplierId, DateTimeOffset placedBefore, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        lock (_gate)
        {
            return Task.FromResult(_rows.Values
                .Where(r => sellerId is null || r.SellerId == sellerId)
                .Select(r => r.Order)
                .Where(o => supplierId is null || o.SupplierId == supplierId)
                .Where(o => o.Status == OrderStatus.Ordered && o.OnchTracking is null && o.PlacedAt < placedBefore)
                .OrderBy(o => o.PlacedAt)
                .ThenBy(o => o.ProductOrderId, StringComparer.Ordinal)
                .Take(limit)
                .ToImmutableArray());
        }
    }

    private static bool IsOpen(OrderView order) => OpenStatuses.Contains(order.Status);

    private IEnumerable<OrderView> OrderableOf(string sellerId) => Of(sellerId).Where(o => o.Status == OrderStatus.Waiting && o.Orderable);

    // The list's order: by time, then by id, both as PostgreSQL compares them (ids are ASCII digits, so ordinal).
    private static int Compare(DateTimeOffset time, string productOrderId, OrderPageCursor cursor)
    {
        var byTime = time.CompareTo(cursor.OrderedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(productOrderId, cursor.ProductOrderId);
    }

    // A page of a list (newest first by sortTime, then by id) after the cursor, with the list's counts per status.
    private static OrderListPage Page(
        List<OrderView> list, OrderStatus? status, OrderPageCursor? after, int pageSize, Func<OrderView, DateTimeOffset> sortTime)
    {
        var page = list
            .Where(o => status is null || o.Status == status)
            .Where(o => after is null || Compare(sortTime(o), o.ProductOrderId, after) < 0)
            .OrderByDescending(sortTime)
            .ThenByDescending(o => o.ProductOrderId, StringComparer.Ordinal)
            .Take(pageSize + 1)
            .ToList();
        OrderPageCursor? next = null;
        if (page.Count > pageSize)
        {
            page.RemoveAt(pageSize);
            next = new OrderPageCursor(sortTime(page[^1]), page[^1].ProductOrderId);
        }

        var counts = list.GroupBy(o => o.Status).ToImmutableDictionary(g => g.Key, g => g.Count());
        return new OrderListPage([.. page], counts, pageSize, next);
    }

    private IEnumerable<OrderView> Of(string sellerId) => _rows.Values.Where(r => r.SellerId == sellerId).Select(r => r.Order);

    private Task<ImmutableArray<string>> Ids(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            return Task.FromResult(ids.ToImmutableArray());
        }
    }
}
