using System.Diagnostics;
using Npgsql;
using SmartStoreSimulator.Client;
using SmartStoreSimulator.Control;

namespace ProcessCluster;

/// <summary>
/// Counts, for the sellers of a scenario, what the exactly-once promises are about: every simulator order has one
/// row, every placed order one charge and one SmartStore confirm, every entered tracking number one dispatch, every
/// balance equals its ledger, and nothing waits in an intermediate step (a placement, an outbox write, a projection).
/// </summary>
public sealed class ExactlyOnceAudit
{
    private readonly string _connectionString;
    private readonly SimulatorClient _simulator;

    public ExactlyOnceAudit(string connectionString, SimulatorClient simulator)
    {
        _connectionString = connectionString;
        _simulator = simulator;
    }

    /// <summary>
    /// Audits until the report is clean or <paramref name="timeout"/> passes (recovery takes a moment: reminders,
    /// outbox retries, the projection repair); returns the last report either way, with how long it took.
    /// </summary>
    public async Task<(AuditReport Report, TimeSpan Settled)> SettleAsync(
        IReadOnlyCollection<ShopSeller> sellers, IReadOnlyDictionary<string, string> tracking, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(sellers);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var report = await AuditAsync(sellers, tracking);
            if (report.Failures.Count == 0 || clock.Elapsed > timeout)
            {
                return (report, clock.Elapsed);
            }

            await Task.Delay(500);
        }
    }

    /// <summary>One audit now. <paramref name="tracking"/>: the tracking number entered per product order id.</summary>
    public async Task<AuditReport> AuditAsync(IReadOnlyCollection<ShopSeller> sellers, IReadOnlyDictionary<string, string> tracking)
    {
        ArgumentNullException.ThrowIfNull(sellers);
        ArgumentNullException.ThrowIfNull(tracking);
        var simulated = new Dictionary<string, SimOrderView>(StringComparer.Ordinal);
        foreach (var seller in sellers)
        {
            foreach (var order in await _simulator.GetOrdersAsync(seller.AccountId))
            {
                simulated[order.ProductOrderId] = order;
            }
        }

        var sellerIds = sellers.Select(s => s.SellerId).ToArray();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();

        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = 0;
        await using (var reader = await Query(connection, "SELECT product_order_id, status FROM order_read WHERE seller_id = ANY(@ids)", sellerIds).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows++;
                statuses[reader.GetString(0)] = reader.GetString(1);
            }
        }

        // Net charges per order: a charge counts once, a refund takes it back.
        var charges = new Dictionary<string, (int Charges, int Refunds)>(StringComparer.Ordinal);
        await using (var reader = await Query(
            connection,
            "SELECT product_order_id, count(*) FILTER (WHERE kind = 'Charge'), count(*) FILTER (WHERE kind = 'Refund') FROM point_ledger WHERE seller_id = ANY(@ids) AND product_order_id IS NOT NULL GROUP BY product_order_id",
            sellerIds).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                charges[reader.GetString(0)] = ((int)reader.GetInt64(1), (int)reader.GetInt64(2));
            }
        }

        var balanceMismatches = await ScalarAsync(
            connection,
            """
            SELECT count(*) FROM (
                SELECT b.seller_id FROM point_balance AS b LEFT JOIN point_ledger AS l ON l.seller_id = b.seller_id
                 WHERE b.seller_id = ANY(@ids)
                 GROUP BY b.seller_id, b.balance
                HAVING b.balance <> coalesce(sum(l.amount), 0)
                    OR b.balance <> coalesce((SELECT l2.balance_after FROM point_ledger AS l2 WHERE l2.seller_id = b.seller_id ORDER BY l2.id DESC LIMIT 1), 0)
            ) AS wrong
            """,
            sellerIds);
        var orderIds = statuses.Keys.ToArray();
        var projectionsDue = await ScalarAsync(connection, "SELECT count(*) FROM order_projection_due WHERE product_order_id = ANY(@ids)", orderIds);
        var placements = await ScalarAsync(connection, "SELECT count(*) FROM OrleansRemindersTable WHERE reminder_name = 'finish-placing'", []);
        var outboxes = await ScalarAsync(connection, "SELECT count(*) FROM OrleansRemindersTable WHERE reminder_name = 'smartstore-outbox'", []);

        var placed = statuses.Where(s => s.Value is "Ordered" or "Delivered").Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var chargedTwice = charges.Count(c => c.Value.Charges - c.Value.Refunds > 1 || c.Value.Charges > 1);
        var chargeMismatch = placed.Count(id => !charges.TryGetValue(id, out var c) || c.Charges - c.Refunds != 1)
            + charges.Count(c => c.Value.Charges - c.Value.Refunds == 1 && !placed.Contains(c.Key));
        var confirms = placed.Select(id => simulated.TryGetValue(id, out var o) ? o.ConfirmCount : 0).ToList();
        var dispatches = tracking.Select(t => (Expected: t.Value, Order: simulated.GetValueOrDefault(t.Key))).ToList();

        return new AuditReport
        {
            SimulatorOrders = simulated.Count,
            Collected = simulated.Keys.Count(statuses.ContainsKey),
            Lost = simulated.Keys.Count(id => !statuses.ContainsKey(id)),
            Duplicated = (rows - statuses.Count) + statuses.Keys.Count(id => !simulated.ContainsKey(id)),
            Placed = placed.Count,
            ChargedTwice = chargedTwice,
            ChargeMismatch = chargeMismatch,
            ConfirmedOnce = confirms.Count(c => c == 1),
            ConfirmedNever = confirms.Count(c => c == 0),
            ConfirmedTwice = confirms.Count(c => c > 1),
            TrackingEntered = tracking.Count,
            DispatchedOnce = dispatches.Count(d => d.Order is { DispatchCount: 1 }),
            DispatchedNever = dispatches.Count(d => d.Order is null or { DispatchCount: 0 }),
            DispatchedTwice = dispatches.Count(d => d.Order is { DispatchCount: > 1 }),
            DispatchedWrongNumber = dispatches.Count(d => d.Order is { DispatchCount: > 0 } o && o.TrackingNumber != d.Expected),
            BalanceMismatches = balanceMismatches,
            Sellers = sellerIds.Length,
            ProjectionsDue = projectionsDue,
            PlacementsInProgress = placements,
            OutboxesPending = outboxes,
        };
    }

    private static NpgsqlCommand Query(NpgsqlConnection connection, string sql, string[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", values);
        return command;
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql, string[] values)
    {
        await using var command = Query(connection, sql, values);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
