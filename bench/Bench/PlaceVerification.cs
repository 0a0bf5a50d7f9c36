using Npgsql;
using SmartStoreSimulator.Client;

namespace Bench;

/// <summary>
/// Proof that bulk placing kept its guarantees, from PostgreSQL and the simulator: every order 주문발주 with its own
/// OnChannel number, charged exactly once, balances equal to their ledgers, 발주확인 applied on SmartStore exactly once.
/// </summary>
/// <param name="Orders">Orders placed.</param>
/// <param name="Ordered">Of them, 주문발주 in the read model.</param>
/// <param name="Numbers">Distinct OnChannel order numbers among them.</param>
/// <param name="Charges">Charge entries of the orders, and how many distinct orders they are of.</param>
/// <param name="Refunds">Refund entries of the orders (none expected).</param>
/// <param name="BalancesOff">Sellers whose balance differs from the sum of their ledger, or from the top-up less the charges.</param>
/// <param name="ConfirmedOnce">Orders the simulator confirmed exactly once.</param>
/// <param name="ConfirmedTwice">Orders the simulator confirmed more than once.</param>
internal sealed record PlaceVerification(
    int Orders, int Ordered, int Numbers, (int Entries, int Orders) Charges, int Refunds, int BalancesOff, int ConfirmedOnce, int ConfirmedTwice)
{
    public bool Passed =>
        Ordered == Orders && Numbers == Orders && Charges == (Orders, Orders) && Refunds == 0 && BalancesOff == 0
        && ConfirmedOnce == Orders && ConfirmedTwice == 0;

    public override string ToString() => BenchText.Invariant(
        $"{Orders} orders: {Ordered} 주문발주 with {Numbers} distinct OnChannel numbers; {Charges.Entries} charges of {Charges.Orders} orders, {Refunds} refunds; {BalancesOff} balances off their ledger; SmartStore 발주확인 once {ConfirmedOnce}, more than once {ConfirmedTwice}: {(Passed ? "OK" : "FAILED")}");

    public static async Task<PlaceVerification> CheckAsync(NpgsqlDataSource dataSource, SimulatorClient simulator, IReadOnlyList<SeededSeller> sellers)
    {
        var ids = sellers.SelectMany(s => s.OrderIds).ToArray();
        var sellerIds = sellers.Select(s => s.SellerId).ToArray();
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT count(*)::int FROM order_read WHERE product_order_id = ANY(@ids) AND status = 'Ordered'),
                   (SELECT count(DISTINCT onch_order_no)::int FROM order_read WHERE product_order_id = ANY(@ids)),
                   (SELECT count(*)::int FROM point_ledger WHERE kind = 'Charge' AND product_order_id = ANY(@ids)),
                   (SELECT count(DISTINCT product_order_id)::int FROM point_ledger WHERE kind = 'Charge' AND product_order_id = ANY(@ids)),
                   (SELECT count(*)::int FROM point_ledger WHERE kind = 'Refund' AND product_order_id = ANY(@ids)),
                   (SELECT count(*)::int FROM point_balance AS b
                     WHERE b.seller_id = ANY(@sellers)
                       AND (b.balance <> (SELECT sum(l.amount) FROM point_ledger AS l WHERE l.seller_id = b.seller_id)
                            OR b.balance <> @topUp + (SELECT sum(l.amount) FROM point_ledger AS l WHERE l.seller_id = b.seller_id AND l.kind = 'Charge')))
                 + (SELECT count(*)::int FROM unnest(@sellers) AS s(id) WHERE NOT EXISTS (SELECT 1 FROM point_balance AS b WHERE b.seller_id = s.id))
            """);
        command.Parameters.AddWithValue("ids", ids);
        command.Parameters.AddWithValue("sellers", sellerIds);
        command.Parameters.AddWithValue("topUp", OrderSeed.TopUp);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (ordered, numbers, charges, charged, refunds, balancesOff) =
            (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));

        int once = 0, twice = 0;
        var placed = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var seller in sellers)
        {
            foreach (var order in await simulator.GetOrdersAsync(seller.AccountId))
            {
                if (placed.Contains(order.ProductOrderId))
                {
                    once += order.ConfirmCount == 1 ? 1 : 0;
                    twice += order.ConfirmCount > 1 ? 1 : 0;
                }
            }
        }

        return new PlaceVerification(ids.Length, ordered, numbers, (charges, charged), refunds, balancesOff, once, twice);
    }
}
