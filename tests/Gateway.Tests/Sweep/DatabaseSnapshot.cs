using System.Text;
using System.Text.Json;
using Npgsql;
using SmartStoreSimulator.Client;

namespace Gateway.Tests.Sweep;

/// <summary>
/// Every row of the gateway's database that a request could change (the read model, points, accounts, the catalog,
/// every grain state row's version and payload hash, reminders), and the SmartStore orders of the given shops as the
/// simulator holds them. Two snapshots are compared as sets of rows per table; <see cref="DiffFrom"/> names what differs.
/// </summary>
internal sealed class DatabaseSnapshot
{
    /// <summary>
    /// Tables left out, and why: the silos' membership rows change on every liveness heartbeat whatever the gateway
    /// is asked. (The login limiters' counters and the account gate's cache are in memory, not here.)
    /// </summary>
    public static readonly IReadOnlySet<string> Excluded = new HashSet<string>(StringComparer.Ordinal)
    {
        "orleansmembershiptable", "orleansmembershipversiontable",
    };

    /// <summary>
    /// Grain state rows left out, and why: each gateway renews its lease in the live directory every 10 s.
    /// </summary>
    public static readonly IReadOnlySet<string> ExcludedGrainTypes = new HashSet<string>(StringComparer.Ordinal) { "live-directory" };

    private const int MaxRowsShown = 8;
    private const int MaxRowLength = 400;

    private readonly SortedDictionary<string, SortedSet<string>> _tables;

    private DatabaseSnapshot(SortedDictionary<string, SortedSet<string>> tables) => _tables = tables;

    /// <summary>The tables (and simulator shops) in the snapshot.</summary>
    public IReadOnlyCollection<string> Tables => _tables.Keys;

    public int RowCount => _tables.Values.Sum(rows => rows.Count);

    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString, SimulatorClient simulator, IEnumerable<string> shops)
    {
        var tables = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var table in await TableNamesAsync(connection))
            {
                if (Excluded.Contains(table))
                {
                    continue;
                }

                // Grain state payloads are binary: their hash says whether they changed; the version says it was written.
                var query = table == "orleansstorage"
                    ? "SELECT concat_ws(' | ', service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, 'version ' || version, md5(payload)) FROM orleansstorage"
                        + $" WHERE grain_type <> ALL (ARRAY['{string.Join("','", ExcludedGrainTypes)}'])"
                    : $"SELECT row_to_json(t)::text FROM \"{table}\" t";
                tables[table] = await RowsAsync(connection, query);
            }
        }

        foreach (var shop in shops)
        {
            var orders = await simulator.GetOrdersAsync(shop);
            tables["simulator shop " + shop] = new SortedSet<string>(orders.Select(o => JsonSerializer.Serialize(o)), StringComparer.Ordinal);
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>Null when <paramref name="before"/> holds the same rows; otherwise the rows gone (-) and new (+) per table.</summary>
    public string? DiffFrom(DatabaseSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var report = new StringBuilder();
        foreach (var table in before._tables.Keys.Union(_tables.Keys).Order(StringComparer.Ordinal))
        {
            var old = before._tables.GetValueOrDefault(table) ?? [];
            var now = _tables.GetValueOrDefault(table) ?? [];
            var gone = old.Except(now, StringComparer.Ordinal).ToList();
            var added = now.Except(old, StringComparer.Ordinal).ToList();
            if (gone.Count == 0 && added.Count == 0)
            {
                continue;
            }

            report.AppendLine($"  {table}: {gone.Count} row(s) gone or changed, {added.Count} new or changed");
            foreach (var (sign, rows) in new[] { ("-", gone), ("+", added) })
            {
                foreach (var row in rows.Take(MaxRowsShown))
                {
                    report.AppendLine($"    {sign} {(row.Length > MaxRowLength ? row[..MaxRowLength] + "…" : row)}");
                }
            }
        }

        return report.Length == 0 ? null : report.ToString();
    }

    public static async Task<List<string>> TableNamesAsync(NpgsqlConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<SortedSet<string>> RowsAsync(NpgsqlConnection connection, string query)
    {
        await using var command = new NpgsqlCommand(query, connection);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.IsDBNull(0) ? "(null)" : reader.GetString(0));
        }

        return rows;
    }
}
