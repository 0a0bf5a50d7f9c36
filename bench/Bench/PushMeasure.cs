using Npgsql;

namespace Bench;

/// <summary>
/// Turns what the clients received into latencies: an order change from the time PostgreSQL persisted its state
/// (<see cref="OrderWriteLog"/>), a point change from its ledger row's <c>at</c> (the posting transaction's
/// <c>now()</c>), a baseline message from the moment it was handed to the hub.
/// </summary>
internal sealed class PushMeasure
{
    private readonly PushClients _clients;
    private readonly IReadOnlyDictionary<string, int> _sellerOf;

    public PushMeasure(PushClients clients, IReadOnlyList<SeededSeller> sellers)
    {
        _clients = clients;
        _sellerOf = sellers.SelectMany((s, index) => s.OrderIds.Select(id => (id, index))).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
    }

    public int SellerOf(string productOrderId) => _sellerOf[productOrderId];

    /// <summary>Connections that should hear each of <paramref name="changes"/>, in all.</summary>
    public long Expected<TKey>(IEnumerable<TKey> changes, Func<TKey, int> seller) => changes.Sum(change => (long)_clients.PerSeller[seller(change)]);

    /// <summary>Waits (up to <paramref name="timeout"/>) until the orders are confirmed and every connection heard every transition.</summary>
    public async Task SettleAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> orders, DateTimeOffset since, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await PlacedOrders.AwaitConfirmedAsync(dataSource, orders, timeout);
        var ids = orders.ToHashSet(StringComparer.Ordinal);
        while (clock.Elapsed < timeout)
        {
            var transitions = await OrderWriteLog.TransitionsAsync(dataSource, orders, since);
            var expected = Expected(transitions.Keys, key => SellerOf(key.ProductOrderId));
            if (_clients.Orders.Count(r => ids.Contains(r.ProductOrderId)) >= expected)
            {
                return;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Every transition of <paramref name="orders"/> since <paramref name="since"/> through Orleans, and the 주문발주 transitions alone.</summary>
    public async Task<(PushResult All, PushResult Placed)> OrderTransitionsAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<string> orders, DateTimeOffset since)
    {
        var transitions = await OrderWriteLog.TransitionsAsync(dataSource, orders, since);
        var placedVersions = transitions
            .Where(t => t.Value.Status == "Ordered")
            .GroupBy(t => t.Key.ProductOrderId)
            .Select(g => g.Min(t => t.Key))
            .ToHashSet();
        var all = new List<double>();
        var placed = new List<double>();
        foreach (var receipt in _clients.Orders)
        {
            if (transitions.TryGetValue((receipt.ProductOrderId, receipt.Version), out var transition))
            {
                var ms = (receipt.At - transition.PersistedAt).TotalMilliseconds;
                all.Add(ms);
                if (placedVersions.Contains((receipt.ProductOrderId, receipt.Version)))
                {
                    placed.Add(ms);
                }
            }
        }

        return (
            PushResult.Of("orderChanged, every transition", transitions.Count, Expected(transitions.Keys, k => SellerOf(k.ProductOrderId)), all),
            PushResult.Of("  of which -> 주문발주", placedVersions.Count, Expected(placedVersions, k => SellerOf(k.ProductOrderId)), placed));
    }

    /// <summary>The <c>pointsChanged</c> of the charges of <paramref name="orders"/>.</summary>
    public async Task<PushResult> ChargesAsync(NpgsqlDataSource dataSource, IReadOnlyList<SeededSeller> sellers, IReadOnlyCollection<string> orders)
    {
        var index = sellers.Select((s, i) => (s.SellerId, i)).ToDictionary(p => p.SellerId, p => p.i, StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("SELECT seller_id, balance_after, at FROM point_ledger WHERE kind = 'Charge' AND product_order_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", orders.ToArray());
        var charges = new Dictionary<(int Seller, long Balance), DateTimeOffset>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                charges[(index[reader.GetString(0)], reader.GetInt64(1))] = reader.GetFieldValue<DateTimeOffset>(2);
            }
        }

        return Points("pointsChanged, every charge", charges);
    }

    /// <summary>Order changes sent by the baseline, keyed by their (shifted) version.</summary>
    public PushResult BaselineOrders(IReadOnlyDictionary<(string ProductOrderId, long Version), DateTimeOffset> sent)
    {
        var latencies = _clients.Orders
            .Where(r => sent.ContainsKey((r.ProductOrderId, r.Version)))
            .Select(r => (r.At - sent[(r.ProductOrderId, r.Version)]).TotalMilliseconds)
            .ToList();
        return PushResult.Of("orderChanged (baseline)", sent.Count, Expected(sent.Keys, k => SellerOf(k.ProductOrderId)), latencies);
    }

    public PushResult Points(string path, IReadOnlyDictionary<(int Seller, long Balance), DateTimeOffset> sent)
    {
        var latencies = _clients.Points
            .Where(p => sent.ContainsKey((p.Seller, p.Balance)))
            .Select(p => (p.At - sent[(p.Seller, p.Balance)]).TotalMilliseconds)
            .ToList();
        return PushResult.Of(path, sent.Count, Expected(sent.Keys, k => k.Seller), latencies);
    }
}
