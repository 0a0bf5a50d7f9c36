using Npgsql;

namespace Bench;

/// <summary>What the read model says of placed orders: how many are 주문발주 with 발주확인 recorded from SmartStore.</summary>
internal static class PlacedOrders
{
    public static async Task<int> ConfirmedAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> productOrderIds)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(*)::int FROM order_read
             WHERE product_order_id = ANY(@ids) AND status = 'Ordered' AND view -> 'smartStore' ->> 'confirmedAt' IS NOT NULL
            """);
        command.Parameters.AddWithValue("ids", productOrderIds.ToArray());
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until every order is confirmed or <paramref name="timeout"/> passed; returns how many are.</summary>
    public static async Task<int> AwaitConfirmedAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> productOrderIds, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var confirmed = await ConfirmedAsync(dataSource, productOrderIds);
        while (confirmed < productOrderIds.Count && clock.Elapsed < timeout)
        {
            await Task.Delay(200);
            confirmed = await ConfirmedAsync(dataSource, productOrderIds);
        }

        return confirmed;
    }
}
