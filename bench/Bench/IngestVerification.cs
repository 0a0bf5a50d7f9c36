using Grains;
using Npgsql;
using SmartStoreSimulator.Client;

namespace Bench;

/// <summary>
/// Proof that collection did the work: what PostgreSQL holds against what the simulator holds, order by order.
/// </summary>
/// <param name="SimulatorOrders">Orders the simulator holds for the sellers (warm-up seller included).</param>
/// <param name="ReadRows">Rows of those sellers in <c>order_read</c>.</param>
/// <param name="OrderStates">Order grain states in <c>OrleansStorage</c>, and how many distinct grains they belong to.</param>
/// <param name="Missing">Simulator orders with no read-model row of their seller.</param>
/// <param name="Unexpected">Read-model rows the simulator does not hold for that seller.</param>
/// <param name="Statuses">Read-model rows per status, measured sellers only.</param>
internal sealed record IngestVerification(
    int SimulatorOrders, int ReadRows, (int Rows, int Grains) OrderStates, int Missing, int Unexpected, IReadOnlyList<(string Status, int Count)> Statuses)
{
    public bool Passed =>
        Missing == 0 && Unexpected == 0 && ReadRows == SimulatorOrders && OrderStates.Rows == SimulatorOrders && OrderStates.Grains == SimulatorOrders;

    public static async Task<IngestVerification> CheckAsync(
        NpgsqlDataSource dataSource, SimulatorClient simulator, IReadOnlyList<BenchSeller> sellers, string warmupSellerId)
    {
        var stored = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var readRows = 0;
        await using (var rows = dataSource.CreateCommand("SELECT seller_id, product_order_id FROM order_read"))
        await using (var reader = await rows.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                readRows++;
                var sellerId = reader.GetString(0);
                if (!stored.TryGetValue(sellerId, out var ids))
                {
                    stored[sellerId] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(reader.GetString(1));
            }
        }

        int simulatorOrders = 0, missing = 0, unexpected = 0;
        foreach (var seller in sellers)
        {
            var held = (await simulator.GetOrdersAsync(seller.AccountId)).Select(order => order.ProductOrderId).ToHashSet(StringComparer.Ordinal);
            var ids = stored.GetValueOrDefault(seller.SellerId) ?? [];
            simulatorOrders += held.Count;
            missing += held.Count(id => !ids.Contains(id));
            unexpected += ids.Count(id => !held.Contains(id));
        }

        await using var states = dataSource.CreateCommand("SELECT count(*)::int, count(DISTINCT grain_id_ext)::int FROM OrleansStorage WHERE grain_type = @type AND payload IS NOT NULL");
        states.Parameters.AddWithValue("type", StorageNames.OrderState);
        await using var stateReader = await states.ExecuteReaderAsync();
        await stateReader.ReadAsync();
        var orderStates = (stateReader.GetInt32(0), stateReader.GetInt32(1));

        await using var statuses = dataSource.CreateCommand("SELECT status, count(*)::int FROM order_read WHERE seller_id <> @warmup GROUP BY status ORDER BY 2 DESC");
        statuses.Parameters.AddWithValue("warmup", warmupSellerId);
        var byStatus = new List<(string, int)>();
        await using var statusReader = await statuses.ExecuteReaderAsync();
        while (await statusReader.ReadAsync())
        {
            byStatus.Add((statusReader.GetString(0), statusReader.GetInt32(1)));
        }

        return new IngestVerification(simulatorOrders, readRows, orderStates, missing, unexpected, byStatus);
    }
}
