using Npgsql;

namespace Bench;

/// <summary>
/// What the read model says of placed orders: how many are 주문발주 (with 발주확인 recorded from SmartStore, when asked),
/// and when each seller's last order was placed.
/// </summary>
internal static class PlacedOrders
{
    public static async Task<int> CountAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> productOrderIds, bool confirmed)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(*)::int FROM order_read
             WHERE product_order_id = ANY(@ids) AND status = 'Ordered' AND (NOT @confirmed OR view -> 'smartStore' ->> 'confirmedAt' IS NOT NULL)
            """);
        command.Parameters.AddWithValue("ids", productOrderIds.ToArray());
        command.Parameters.AddWithValue("confirmed", confirmed);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until every order is confirmed or <paramref name="timeout"/> passed; returns how many are.</summary>
    public static Task<int> AwaitConfirmedAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> productOrderIds, TimeSpan timeout) =>
        AwaitAsync(dataSource, productOrderIds, confirmed: true, timeout);

    /// <summary>Waits until every order is 주문발주 (confirmed or not) or <paramref name="timeout"/> passed; returns how many are.</summary>
    public static async Task<int> AwaitAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> productOrderIds, bool confirmed, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = await CountAsync(dataSource, productOrderIds, confirmed);
        while (count < productOrderIds.Count && clock.Elapsed < timeout)
        {
            await Task.Delay(100);
            count = await CountAsync(dataSource, productOrderIds, confirmed);
        }

        return count;
    }

    /// <summary>When the last order of each seller was placed (the order grain's placing time, this machine's clock).</summary>
    public static async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastPlacedAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> productOrderIds)
    {
        await using var command = dataSource.CreateCommand("SELECT seller_id, max(placed_at) FROM order_read WHERE product_order_id = ANY(@ids) AND placed_at IS NOT NULL GROUP BY seller_id");
        command.Parameters.AddWithValue("ids", productOrderIds.ToArray());
        var last = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            last[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return last;
    }
}
