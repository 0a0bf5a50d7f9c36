using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Npgsql;
using NpgsqlTypes;

namespace Infrastructure.ReadModel;

/// <summary>
/// The PostgreSQL <see cref="IOrderReadModel"/>: the read model of collected orders (<c>order_read</c>): written by order grains after each persisted
/// transition, read by lists, counts and the re-validation fan-outs, so that none of them has to call every grain.
/// </summary>
public sealed class PostgresOrderReadModel : IOrderReadModel
{
    /// <summary>The statuses an order can still be validated again in (before placing).</summary>
    public static ImmutableArray<OrderStatus> OpenStatuses { get; } = [OrderStatus.CollectionFailed, OrderStatus.Waiting];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    // The first key of the transaction-scoped advisory locks that serialize writers of one seller's rows; the second is
    // hashtext(seller_id). Two-key advisory locks never collide with the migrator's one-key lock.
    private const int SellerWriteLockClass = 0x6F6E7277;

    private const string Columns =
        "product_order_id, seller_id, status, orderable, product_code, ordered_at, updated_at, version, error_codes, view, projected_at, "
        + "supplier_id, placed_at, onch_order_no, amount";

    // The version rule: a row is replaced by the same version or a later one, never by an older one.
    private const string OnConflict = """
        ON CONFLICT (product_order_id) DO UPDATE SET
            seller_id = EXCLUDED.seller_id, status = EXCLUDED.status, orderable = EXCLUDED.orderable,
            product_code = EXCLUDED.product_code, ordered_at = EXCLUDED.ordered_at, updated_at = EXCLUDED.updated_at,
            version = EXCLUDED.version, error_codes = EXCLUDED.error_codes, view = EXCLUDED.view,
            projected_at = EXCLUDED.projected_at, supplier_id = EXCLUDED.supplier_id, placed_at = EXCLUDED.placed_at,
            onch_order_no = EXCLUDED.onch_order_no, amount = EXCLUDED.amount
        WHERE current.version <= EXCLUDED.version
        """;

    private static readonly string[] OpenStatusNames = [.. OpenStatuses.Select(s => s.ToString())];

    private readonly NpgsqlDataSource _dataSource;
    private readonly UpsertCoalescer _coalescer;

    public PostgresOrderReadModel(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _coalescer = new UpsertCoalescer(UpsertManyAsync, UpsertOneAsync);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Concurrent calls (a collection run's order grains, each after its own persist) are coalesced: the rows queued
    /// while a write is in flight go together in one <see cref="UpsertManyAsync"/> statement and transaction, so the
    /// counts triggers and the sellers' locks run once per batch rather than once per row. Each call still completes
    /// only when its row is written, and fails only for its own row (a failed batch is written again row by row).
    /// </remarks>
    public Task UpsertAsync(string sellerId, OrderView order, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentNullException.ThrowIfNull(order);
        return _coalescer.WriteAsync(sellerId, order, cancellationToken);
    }

    /// <summary>
    /// One row in one round trip and transaction: the seller's write lock (see <see cref="UpsertManyAsync"/>), then one
    /// <c>INSERT ... ON CONFLICT ... WHERE</c>. A single row takes only its new seller's lock: one statement that
    /// changes one row takes the counts rows it changes in key order, in one pass, so it cannot close a deadlock.
    /// </summary>
    private async Task UpsertOneAsync(string sellerId, OrderView order, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection);
        await using (batch)
        {
            var locks = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@lockClass, hashtext(@seller))");
            locks.Parameters.AddWithValue("lockClass", SellerWriteLockClass);
            locks.Parameters.AddWithValue("seller", sellerId);
            var upsert = new NpgsqlBatchCommand($"""
                INSERT INTO order_read AS current ({Columns})
                VALUES (@id, @seller, @status, @orderable, @product, @ordered, @updated, @version, @errors, @view::jsonb, now(),
                        @supplier, @placed, @onch, @amount)
                {OnConflict}
                """);
            upsert.Parameters.AddWithValue("id", order.ProductOrderId);
            upsert.Parameters.AddWithValue("seller", sellerId);
            upsert.Parameters.AddWithValue("status", order.Status.ToString());
            upsert.Parameters.AddWithValue("orderable", order.Orderable);
            upsert.Parameters.AddWithValue("product", order.ProductCode);
            upsert.Parameters.AddWithValue("ordered", order.OrderedAt.UtcDateTime);
            upsert.Parameters.AddWithValue("updated", order.UpdatedAt.UtcDateTime);
            upsert.Parameters.AddWithValue("version", order.Version);
            upsert.Parameters.AddWithValue("errors", ErrorCodes(order).ToArray());
            upsert.Parameters.AddWithValue("view", JsonSerializer.Serialize(order, Json));
            upsert.Parameters.AddWithValue("supplier", NpgsqlDbType.Text, (object?)order.SupplierId ?? DBNull.Value);
            upsert.Parameters.AddWithValue("placed", NpgsqlDbType.TimestampTz, (object?)order.PlacedAt?.UtcDateTime ?? DBNull.Value);
            upsert.Parameters.AddWithValue("onch", NpgsqlDbType.Text, (object?)order.OnchOrderNo ?? DBNull.Value);
            upsert.Parameters.AddWithValue("amount", NpgsqlDbType.Bigint, (object?)order.Amount ?? DBNull.Value);
            batch.BatchCommands.Add(locks);
            batch.BatchCommands.Add(upsert);

            // A batch without an explicit transaction runs as one implicit transaction: the lock lasts until the upsert commits.
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One round trip, one transaction: a statement that takes a transaction-scoped advisory lock per seller the batch
    /// touches (the sellers written and the rows' current sellers, in key order), then one
    /// <c>INSERT ... SELECT FROM unnest(...) ON CONFLICT ... WHERE</c> for every row. The counts per status are kept by
    /// triggers on <c>order_read</c> (migration 0004), so they are exact whoever writes; another trigger clears the
    /// rows' due projections. The locks keep writers from deadlocking: the insert and the update trigger of one such
    /// statement each take counts rows in key order, but one after the other, so two batches of one seller could
    /// otherwise each hold what the other needs next.
    /// </remarks>
    public async Task UpsertManyAsync(IReadOnlyList<(string SellerId, OrderView Order)> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var ids = new string[rows.Count];
        var sellers = new string[rows.Count];
        var statuses = new string[rows.Count];
        var orderable = new bool[rows.Count];
        var products = new string[rows.Count];
        var orderedAt = new DateTime[rows.Count];
        var updatedAt = new DateTime[rows.Count];
        var versions = new long[rows.Count];
        var errors = new string[rows.Count];
        var views = new string[rows.Count];
        var suppliers = new string?[rows.Count];
        var placedAt = new DateTime?[rows.Count];
        var onchOrderNos = new string?[rows.Count];
        var amounts = new long?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (sellerId, order) = rows[i];
            ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
            ArgumentNullException.ThrowIfNull(order);
            ids[i] = order.ProductOrderId;
            sellers[i] = sellerId;
            statuses[i] = order.Status.ToString();
            orderable[i] = order.Orderable;
            products[i] = order.ProductCode;
            orderedAt[i] = order.OrderedAt.UtcDateTime;
            updatedAt[i] = order.UpdatedAt.UtcDateTime;
            versions[i] = order.Version;

            // Enum names, so a comma never occurs inside one; PostgreSQL splits them back into text[].
            errors[i] = string.Join(',', ErrorCodes(order));
            views[i] = JsonSerializer.Serialize(order, Json);
            suppliers[i] = order.SupplierId;
            placedAt[i] = order.PlacedAt?.UtcDateTime;
            onchOrderNos[i] = order.OnchOrderNo;
            amounts[i] = order.Amount;
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection);
        await using (batch)
        {
            var locks = new NpgsqlBatchCommand("""
                SELECT pg_advisory_xact_lock(@lockClass, key)
                  FROM (SELECT hashtext(seller) AS key FROM unnest(@sellers::text[]) AS seller
                        UNION
                        SELECT hashtext(seller_id) FROM order_read WHERE product_order_id = ANY(@ids::text[])) AS keys
                 ORDER BY key
                """);
            locks.Parameters.AddWithValue("lockClass", SellerWriteLockClass);
            locks.Parameters.AddWithValue("sellers", sellers);
            locks.Parameters.AddWithValue("ids", ids);

            // The latest version of each id in the batch, the last of equal ones, as if written one after another; by
            // id, so that concurrent batches take the row locks in the same order.
            var upsert = new NpgsqlBatchCommand($"""
                INSERT INTO order_read AS current ({Columns})
                SELECT DISTINCT ON (r.id) r.id, r.seller, r.status, r.orderable, r.product, r.ordered, r.updated, r.version,
                       string_to_array(r.errors, ','), r.view::jsonb, now(), r.supplier, r.placed, r.onch, r.amount
                  FROM unnest(@ids::text[], @sellers::text[], @statuses::text[], @orderable::boolean[], @products::text[],
                              @ordered::timestamptz[], @updated::timestamptz[], @versions::bigint[], @errors::text[], @views::text[],
                              @suppliers::text[], @placedAt::timestamptz[], @onchOrderNos::text[], @amounts::bigint[])
                       WITH ORDINALITY AS r(id, seller, status, orderable, product, ordered, updated, version, errors, view,
                                            supplier, placed, onch, amount, n)
                 ORDER BY r.id, r.version DESC, r.n DESC
                {OnConflict}
                """);
            upsert.Parameters.AddWithValue("ids", ids);
            upsert.Parameters.AddWithValue("sellers", sellers);
            upsert.Parameters.AddWithValue("statuses", statuses);
            upsert.Parameters.AddWithValue("orderable", orderable);
            upsert.Parameters.AddWithValue("products", products);
            upsert.Parameters.AddWithValue("ordered", orderedAt);
            upsert.Parameters.AddWithValue("updated", updatedAt);
            upsert.Parameters.AddWithValue("versions", versions);
            upsert.Parameters.AddWithValue("errors", errors);
            upsert.Parameters.AddWithValue("views", views);
            upsert.Parameters.AddWithValue("suppliers", suppliers);
            upsert.Parameters.AddWithValue("placedAt", placedAt);
            upsert.Parameters.AddWithValue("onchOrderNos", onchOrderNos);
            upsert.Parameters.AddWithValue("amounts", amounts);
            batch.BatchCommands.Add(locks);
            batch.BatchCommands.Add(upsert);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<OrderListPage> ListAsync(
        string sellerId, OrderStatus? status, OrderPageCursor? after = null, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);

        return await PageAsync(
            PageSql(byStatus: status is not null, after: after is not null), CountsSql, ("seller", sellerId), status, after, pageSize,
            order => order.OrderedAt, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The page is an index range scan (<c>order_read_supplier_status_placed</c> with a status,
    /// <c>order_read_supplier_placed</c> without) that stops after the page; the counts are a GROUP BY over the
    /// supplier's rows of the first index: linear in the supplier's placed orders, which a supplier's tab view affords
    /// (the sellers' counts, read far more often, are kept as rows instead).
    /// </remarks>
    public async Task<OrderListPage> ListForSupplierAsync(
        string supplierId, OrderStatus? status, OrderPageCursor? after = null, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supplierId);
        return await PageAsync(
            SupplierPageSql(byStatus: status is not null, after: after is not null), SupplierCountsSql, ("supplier", supplierId), status,
            after, pageSize, order => order.PlacedAt ?? order.OrderedAt, cancellationToken);
    }

    /// <summary>One order of the seller, or null when the seller has no such order.</summary>
    public async Task<OrderView?> FindAsync(string sellerId, string productOrderId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT view FROM order_read WHERE product_order_id = @id AND seller_id = @seller");
        command.Parameters.AddWithValue("id", productOrderId);
        command.Parameters.AddWithValue("seller", sellerId);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is string json ? Deserialize(json) : null;
    }

    /// <summary>Ids of the not-yet-placed orders using <paramref name="productCode"/>, of every seller.</summary>
    public Task<ImmutableArray<string>> OpenOrderIdsByProductAsync(string productCode, CancellationToken cancellationToken = default) =>
        IdsAsync(
            "SELECT product_order_id FROM order_read WHERE product_code = @product AND status = ANY(@open)",
            cancellationToken,
            ("product", productCode));

    /// <summary>Ids of the seller's not-yet-placed orders using any of <paramref name="productCodes"/>.</summary>
    public Task<ImmutableArray<string>> OpenOrderIdsAsync(
        string sellerId, IReadOnlyCollection<string> productCodes, CancellationToken cancellationToken = default) =>
        IdsAsync(
            "SELECT product_order_id FROM order_read WHERE product_code = ANY(@products) AND seller_id = @seller AND status = ANY(@open)",
            cancellationToken,
            ("products", productCodes.ToArray()),
            ("seller", sellerId));

    /// <summary>The products of the seller's not-yet-placed orders that show <paramref name="code"/>.</summary>
    public Task<ImmutableArray<string>> OpenProductCodesWithErrorAsync(
        string sellerId, OrderErrorCode code, CancellationToken cancellationToken = default) =>
        IdsAsync(
            "SELECT DISTINCT product_code FROM order_read WHERE seller_id = @seller AND status = ANY(@open) AND @code = ANY(error_codes) ORDER BY 1",
            cancellationToken,
            ("seller", sellerId),
            ("code", code.ToString()));

    /// <summary>Which of <paramref name="productOrderIds"/> are known orders of the seller.</summary>
    public Task<ImmutableArray<string>> KnownIdsAsync(
        string sellerId, IReadOnlyCollection<string> productOrderIds, CancellationToken cancellationToken = default) =>
        IdsAsync(
            "SELECT product_order_id FROM order_read WHERE product_order_id = ANY(@ids) AND seller_id = @seller",
            cancellationToken,
            ("ids", productOrderIds.ToArray()),
            ("seller", sellerId));

    /// <inheritdoc />
    /// <remarks>
    /// Reads <c>order_projection_due</c> (migration 0004): a trigger on <c>OrleansStorage</c> adds an order whenever its
    /// <c>order</c> state is written, and an upsert of the order that starts after that write removes it. An index range
    /// scan over the due orders only, however many orders there are.
    /// </remarks>
    public async Task<ImmutableArray<string>> StaleOrderIdsAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return await IdsAsync(
            """
            SELECT product_order_id FROM order_projection_due
             WHERE written_at < now() - @grace
             ORDER BY written_at, product_order_id
             LIMIT @limit
            """,
            cancellationToken,
            ("grace", grace),
            ("limit", limit));
    }

    /// <inheritdoc />
    public async Task<OrderView?> FindByOnchOrderNoAsync(string onchOrderNo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onchOrderNo);
        await using var command = _dataSource.CreateCommand(FindByOnchOrderNoSql);
        command.Parameters.AddWithValue("onch", onchOrderNo);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? Deserialize(json) : null;
    }

    /// <inheritdoc />
    public async Task<string?> SellerOfAsync(string productOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productOrderId);
        await using var command = _dataSource.CreateCommand("SELECT seller_id FROM order_read WHERE product_order_id = @id");
        command.Parameters.AddWithValue("id", productOrderId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    /// <remarks>An index range scan of <c>order_read_seller_orderable</c> that stops after <paramref name="limit"/> rows.</remarks>
    public Task<ImmutableArray<string>> OrderableIdsAsync(string sellerId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return IdsAsync(OrderableIdsSql, cancellationToken, ("seller", sellerId), ("limit", limit));
    }

    /// <inheritdoc />
    /// <remarks>An index-only scan of <c>order_read_seller_orderable</c> (the amount is included in it).</remarks>
    public async Task<long> PointsNeededAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        await using var command = _dataSource.CreateCommand(PointsNeededSql);
        command.Parameters.AddWithValue("seller", sellerId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    /// <remarks>
    /// An index range scan of a partial index holding only the placed orders without a tracking number:
    /// <c>order_read_late_by_seller</c> when a seller is given, <c>order_read_late_by_supplier</c> for a supplier,
    /// <c>order_read_late</c> for all.
    /// </remarks>
    public async Task<ImmutableArray<OrderView>> LateShipmentsAsync(
        string? sellerId, string? supplierId, DateTimeOffset placedBefore, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var command = _dataSource.CreateCommand(LateShipmentsSql(bySeller: sellerId is not null, bySupplier: supplierId is not null));
        if (sellerId is not null)
        {
            command.Parameters.AddWithValue("seller", sellerId);
        }

        if (supplierId is not null)
        {
            command.Parameters.AddWithValue("supplier", supplierId);
        }

        command.Parameters.AddWithValue("before", placedBefore.UtcDateTime);
        command.Parameters.AddWithValue("limit", limit);
        var orders = ImmutableArray.CreateBuilder<OrderView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            orders.Add(Deserialize(reader.GetString(0)));
        }

        return orders.ToImmutable();
    }

    /// <summary>
    /// The page statement of <see cref="ListAsync"/>: a seller's orders (in <c>@status</c> when
    /// <paramref name="byStatus"/>), after the cursor <c>(@afterAt, @afterId)</c> when <paramref name="after"/>, newest
    /// first, <c>@limit</c> rows. Each shape is an index range scan that stops after <c>@limit</c> rows, never a sort:
    /// <c>order_read_seller_status_ordered</c> with a status, <c>order_read_seller_ordered</c> without.
    /// </summary>
    internal static string PageSql(bool byStatus, bool after) =>
        "SELECT view FROM order_read WHERE seller_id = @seller"
        + (byStatus ? " AND status = @status" : string.Empty)
        + (after ? " AND (ordered_at, product_order_id) < (@afterAt, @afterId)" : string.Empty)
        + " ORDER BY ordered_at DESC, product_order_id DESC LIMIT @limit";

    /// <summary>The counts statement of <see cref="ListAsync"/>: one row per status of the seller (kept by triggers).</summary>
    internal const string CountsSql = "SELECT status, count FROM seller_order_counts WHERE seller_id = @seller AND count > 0";

    /// <summary>
    /// Runs a page statement and a counts statement in one round trip; both take <paramref name="owner"/> (the seller
    /// or the supplier), the page also the status, the cursor (<c>@afterAt</c>, <c>@afterId</c>) and <c>@limit</c>.
    /// <paramref name="sortTime"/> is the time the page is ordered by, for the next cursor.
    /// </summary>
    private async Task<OrderListPage> PageAsync(
        string pageSql, string countsSql, (string Name, string Value) owner, OrderStatus? status, OrderPageCursor? after,
        int pageSize, Func<OrderView, DateTimeOffset> sortTime, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 500);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection);
        await using (batch)
        {
            var list = new NpgsqlBatchCommand(pageSql);
            list.Parameters.AddWithValue(owner.Name, owner.Value);
            if (status is { } wanted)
            {
                list.Parameters.AddWithValue("status", wanted.ToString());
            }

            if (after is not null)
            {
                list.Parameters.AddWithValue("afterAt", after.OrderedAt.ToUniversalTime());
                list.Parameters.AddWithValue("afterId", after.ProductOrderId);
            }

            // One more than asked, to know whether a next page exists.
            list.Parameters.AddWithValue("limit", pageSize + 1);
            var counts = new NpgsqlBatchCommand(countsSql);
            counts.Parameters.AddWithValue(owner.Name, owner.Value);
            batch.BatchCommands.Add(list);
            batch.BatchCommands.Add(counts);

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var orders = ImmutableArray.CreateBuilder<OrderView>(pageSize + 1);
            while (await reader.ReadAsync(cancellationToken))
            {
                orders.Add(Deserialize(reader.GetString(0)));
            }

            OrderPageCursor? next = null;
            if (orders.Count > pageSize)
            {
                orders.RemoveAt(pageSize);
                next = new OrderPageCursor(sortTime(orders[^1]), orders[^1].ProductOrderId);
            }

            await reader.NextResultAsync(cancellationToken);
            var byStatus = ImmutableDictionary.CreateBuilder<OrderStatus, int>();
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Enum.TryParse<OrderStatus>(reader.GetString(0), out var parsed))
                {
                    byStatus[parsed] = reader.GetInt32(1);
                }
            }

            return new OrderListPage(orders.ToImmutable(), byStatus.ToImmutable(), pageSize, next);
        }
    }

    // The supplier's orders: placed, so they have a supplier and a placing time, and in a status placing leads to.
    private const string SupplierOrders =
        "supplier_id = @supplier AND placed_at IS NOT NULL AND status IN ('Ordered', 'Delivered', 'Canceled')";

    /// <summary>
    /// The page statement of <see cref="ListForSupplierAsync"/>, shaped like <see cref="PageSql"/> but by placing
    /// time: <c>order_read_supplier_status_placed</c> with a status, <c>order_read_supplier_placed</c> without.
    /// </summary>
    internal static string SupplierPageSql(bool byStatus, bool after) =>
        "SELECT view FROM order_read WHERE " + SupplierOrders
        + (byStatus ? " AND status = @status" : string.Empty)
        + (after ? " AND (placed_at, product_order_id) < (@afterAt, @afterId)" : string.Empty)
        + " ORDER BY placed_at DESC, product_order_id DESC LIMIT @limit";

    /// <summary>The counts statement of <see cref="ListForSupplierAsync"/>: a GROUP BY over the supplier's rows.</summary>
    internal const string SupplierCountsSql =
        "SELECT status, count(*)::integer FROM order_read WHERE " + SupplierOrders + " GROUP BY status";

    /// <summary>The statement of <see cref="FindByOnchOrderNoAsync"/> (<c>order_read_onch_order_no</c>).</summary>
    internal const string FindByOnchOrderNoSql =
        "SELECT view FROM order_read WHERE onch_order_no = @onch ORDER BY placed_at DESC NULLS LAST, product_order_id LIMIT 1";

    // A seller's orderable orders: the predicate of order_read_seller_orderable.
    private const string Orderable = "seller_id = @seller AND status = 'Waiting' AND orderable";

    /// <summary>The statement of <see cref="OrderableIdsAsync"/>.</summary>
    internal const string OrderableIdsSql =
        "SELECT product_order_id FROM order_read WHERE " + Orderable + " ORDER BY ordered_at, product_order_id LIMIT @limit";

    /// <summary>The statement of <see cref="PointsNeededAsync"/>.</summary>
    internal const string PointsNeededSql = "SELECT coalesce(sum(amount), 0)::bigint FROM order_read WHERE " + Orderable;

    // Placed and waiting for the supplier's tracking number: the predicate of the three order_read_late* indexes,
    // word for word, so that the planner matches them.
    private const string WithoutTracking = "status = 'Ordered' AND jsonb_typeof(view -> 'onchTracking') IS DISTINCT FROM 'object'";

    /// <summary>The statement of <see cref="LateShipmentsAsync"/> for a seller, a supplier, both or neither.</summary>
    internal static string LateShipmentsSql(bool bySeller, bool bySupplier) =>
        "SELECT view FROM order_read WHERE " + WithoutTracking
        + (bySeller ? " AND seller_id = @seller" : string.Empty)
        + (bySupplier ? " AND supplier_id = @supplier" : string.Empty)
        + " AND placed_at < @before ORDER BY placed_at, product_order_id LIMIT @limit";

    private async Task<ImmutableArray<string>> IdsAsync(
        string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = _dataSource.CreateCommand(sql);
        if (sql.Contains("@open", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("open", OpenStatusNames);
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var ids = ImmutableArray.CreateBuilder<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids.ToImmutable();
    }

    private static IEnumerable<string> ErrorCodes(OrderView order) =>
        (order.Errors.IsDefault ? [] : order.Errors).Select(e => e.Code.ToString());

    private static OrderView Deserialize(string json) =>
        JsonSerializer.Deserialize<OrderView>(json, Json)
        ?? throw new InvalidOperationException("An order_read row holds a null view.");
}
