using Npgsql;

namespace Bench;

/// <summary>
/// Rows inserted, updated and deleted per table (<c>pg_stat_user_tables</c>), to show which writes a window made.
/// A busy backend publishes its counts about every second, an idle one within <see cref="PublishDelay"/>, an exiting
/// one at once.
/// </summary>
internal static class TableWrites
{
    /// <summary>How long after its last transaction an idle backend may keep its counts to itself (PostgreSQL 15: 10 s).</summary>
    public static readonly TimeSpan PublishDelay = TimeSpan.FromSeconds(11);

    public static async Task<Dictionary<string, long>> SnapshotAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT relname::text, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables");
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetInt64(1);
        }

        return rows;
    }

    /// <summary>Rows written per order in each table between the snapshots, largest first ("table 2.00, ...").</summary>
    public static string PerOrder(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, int orders) =>
        string.Join(", ", after
            .Select(t => (Table: t.Key, Rows: t.Value - before.GetValueOrDefault(t.Key)))
            .Where(t => t.Rows > 0)
            .OrderByDescending(t => t.Rows)
            .Select(t => BenchText.Invariant($"{t.Table.ToLowerInvariant()} {(double)t.Rows / orders:0.00}")));
}
