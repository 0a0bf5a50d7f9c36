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

    private static readonly string[] OpenStatusNames = [.. OpenStatuses.Select(s => s.ToString())];

    private readonly NpgsqlDataSource _dataSource;

    public PostgresOrderReadModel(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    /// <summary>
    /// Writes the row of <paramref name="order"/> unless the stored row already has this version or a later one, so
    /// that a retried or late write never goes back in time.
    /// </summary>
    public async Task UpsertAsync(string sellerId, OrderView order, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentNullException.ThrowIfNull(order);
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO order_read AS current
                (product_order_id, seller_id, status, orderable, product_code, ordered_at, updated_at, version, error_codes, view)
            VALUES (@id, @seller, @status, @orderable, @product, @ordered, @updated, @version, @errors, @view)
            ON CONFLICT (product_order_id) DO UPDATE SET
                seller_id = EXCLUDED.seller_id, status = EXCLUDED.status, orderable = EXCLUDED.orderable,
                product_code = EXCLUDED.product_code, ordered_at = EXCLUDED.ordered_at, updated_at = EXCLUDED.updated_at,
                version = EXCLUDED.version, error_codes = EXCLUDED.error_codes, view = EXCLUDED.view
            WHERE current.version <= EXCLUDED.version
            """);
        command.Parameters.AddWithValue("id", order.ProductOrderId);
        command.Parameters.AddWithValue("seller", sellerId);
        command.Parameters.AddWithValue("status", order.Status.ToString());
        command.Parameters.AddWithValue("orderable", order.Orderable);
        command.Parameters.AddWithValue("product", order.ProductCode);
        command.Parameters.AddWithValue("ordered", order.OrderedAt.ToUniversalTime());
        command.Parameters.AddWithValue("updated", order.UpdatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("version", order.Version);
        command.Parameters.AddWithValue("errors", (order.Errors.IsDefault ? [] : order.Errors).Select(e => e.Code.ToString()).ToArray());
        command.Parameters.Add(new NpgsqlParameter("view", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(order, Json) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OrderListPage> ListAsync(
        string sellerId, OrderStatus? status, OrderPageCursor? after = null, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 500);

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection);
        await using (batch)
        {
            var filter = status is null ? string.Empty : " AND status = @status";
            var keyset = after is null ? string.Empty : " AND (ordered_at, product_order_id) < (@afterAt, @afterId)";
            var list = new NpgsqlBatchCommand(
                $"SELECT view FROM order_read WHERE seller_id = @seller{filter}{keyset} ORDER BY ordered_at DESC, product_order_id DESC LIMIT @limit");
            list.Parameters.AddWithValue("seller", sellerId);
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
            var counts = new NpgsqlBatchCommand("SELECT status, count(*)::int FROM order_read WHERE seller_id = @seller GROUP BY status");
            counts.Parameters.AddWithValue("seller", sellerId);
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
                next = new OrderPageCursor(orders[^1].OrderedAt, orders[^1].ProductOrderId);
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
    public Task<ImmutableArray<string>> StaleOrderIdsAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

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

    private static OrderView Deserialize(string json) =>
        JsonSerializer.Deserialize<OrderView>(json, Json)
        ?? throw new InvalidOperationException("An order_read row holds a null view.");
}
