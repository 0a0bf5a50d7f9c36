using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ProcessCluster;

/// <summary>
/// What sellers and a supplier do during a fault run, through the HTTP API, and what they do when a node dies under
/// them: send again (the same 발주하기, the same 송장) until the system answers, as a person clicking again would.
/// </summary>
public static class SellerWork
{
    /// <summary>Orders per 발주하기 request.</summary>
    public const int PlaceChunk = 50;

    /// <summary>Places every order of <paramref name="productOrderIds"/>, chunk by chunk, again until each is placed.</summary>
    public static async Task PlaceAllAsync(ShopSeller seller, IReadOnlyList<string> productOrderIds, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(productOrderIds);
        var clock = Stopwatch.StartNew();
        foreach (var chunk in productOrderIds.Chunk(PlaceChunk))
        {
            var open = chunk.ToList();
            while (open.Count > 0)
            {
                var answer = await seller.Api.PlaceAsync(open);
                if (answer.Succeeded)
                {
                    var placed = answer.Json.EnumerateArray()
                        .Where(r => r.GetProperty("placed").GetBoolean())
                        .Select(r => r.GetProperty("productOrderId").GetString())
                        .ToHashSet(StringComparer.Ordinal);
                    open.RemoveAll(placed.Contains);
                }
                else if (!answer.Transient)
                {
                    throw new InvalidOperationException($"{seller.SellerId}: 발주하기 refused: {answer}");
                }

                if (open.Count > 0)
                {
                    if (clock.Elapsed > timeout)
                    {
                        throw new TimeoutException($"{seller.SellerId}: {open.Count} orders not placed within {timeout.TotalSeconds:0} s; the last answer {answer}");
                    }

                    await Task.Delay(250);
                }
            }
        }
    }

    /// <summary>Enters each tracking number (OnChannel order number → number) as the supplier, again until accepted.</summary>
    public static async Task EnterTrackingAsync(GatewayApi supplier, IReadOnlyDictionary<string, string> numbers, int parallel)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        await Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (entry, _) =>
            await FaultScenario.Call(() => supplier.EnterTrackingAsync(entry.Key, "CJGLS", entry.Value), $"송장 {entry.Key}"));
    }

    /// <summary>The 주문 가져오기 button, pressed again while nodes restart.</summary>
    public static Task<ApiAnswer> CollectAsync(ShopSeller seller)
    {
        ArgumentNullException.ThrowIfNull(seller);
        return FaultScenario.Call(seller.Api.CollectAsync, $"{seller.SellerId}: 주문 가져오기");
    }

    /// <summary>The seller's collected orders (product order id → OnChannel order number or null), from the read model.</summary>
    public static async Task<Dictionary<string, string?>> CollectedAsync(string connectionString, ShopSeller seller)
    {
        ArgumentNullException.ThrowIfNull(seller);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT product_order_id, onch_order_no FROM order_read WHERE seller_id = @seller", connection);
        command.Parameters.AddWithValue("seller", seller.SellerId);
        await using var reader = await command.ExecuteReaderAsync();
        var collected = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            collected[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return collected;
    }

    /// <summary>Charges in the ledger of <paramref name="sellers"/> so far.</summary>
    public static Task<long> ChargesAsync(string connectionString, IEnumerable<ShopSeller> sellers) =>
        CountAsync(connectionString, "SELECT count(*) FROM point_ledger WHERE kind = 'Charge' AND seller_id = ANY(@sellers)", sellers);

    /// <summary>Rows in the read model of <paramref name="sellers"/> so far.</summary>
    public static Task<long> CollectedCountAsync(string connectionString, IEnumerable<ShopSeller> sellers) =>
        CountAsync(connectionString, "SELECT count(*) FROM order_read WHERE seller_id = ANY(@sellers)", sellers);

    /// <summary>A tracking number unique to the order.</summary>
    public static string TrackingNumberFor(string productOrderId) =>
        "7" + (StableHash(productOrderId) % 100_000_000_000UL).ToString("D11", CultureInfo.InvariantCulture);

    private static async Task<long> CountAsync(string connectionString, string sql, IEnumerable<ShopSeller> sellers)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("sellers", sellers.Select(s => s.SellerId).ToArray());
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static ulong StableHash(string text)
    {
        var hash = 1469598103934665603UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }
}
