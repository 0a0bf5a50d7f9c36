using Infrastructure.Points;
using Npgsql;
using Tests.Shared;

namespace Grains.Tests.Points;

/// <summary>A fresh migrated database and a <see cref="PostgresPointLedger"/> on it, for one test class.</summary>
public sealed class PointLedgerDatabase : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The database is not created yet.");

    public PostgresPointLedger Ledger { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("ledger");
        _dataSource = NpgsqlDataSource.Create(connectionString);
        Ledger = new PostgresPointLedger(_dataSource);
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    /// <summary>
    /// The ledger's invariant over every seller in the database: each balance row is the sum of the seller's entries,
    /// each entry's balance after is the running sum of the seller's entries up to it (in id order), and no entry lacks
    /// its balance row. Returns what breaks it, one line per broken row; empty when it holds.
    /// </summary>
    public async Task<List<string>> InvariantViolationsAsync()
    {
        await using var command = DataSource.CreateCommand("""
            SELECT 'balance of ' || b.seller_id || ' is ' || b.balance || ', its entries sum to ' || coalesce(sum(l.amount), 0)
              FROM point_balance AS b LEFT JOIN point_ledger AS l ON l.seller_id = b.seller_id
             GROUP BY b.seller_id, b.balance
            HAVING b.balance <> coalesce(sum(l.amount), 0)
            UNION ALL
            SELECT 'entry ' || id || ' of ' || seller_id || ' says ' || balance_after || ' after it, the running sum is ' || running
              FROM (SELECT id, seller_id, balance_after, sum(amount) OVER (PARTITION BY seller_id ORDER BY id) AS running
                      FROM point_ledger) AS entries
             WHERE balance_after <> running
            UNION ALL
            SELECT 'entry ' || id || ' of ' || seller_id || ' has no balance row'
              FROM point_ledger AS l
             WHERE NOT EXISTS (SELECT 1 FROM point_balance AS b WHERE b.seller_id = l.seller_id)
            """);
        var violations = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            violations.Add(reader.GetString(0));
        }

        return violations;
    }

    /// <summary>How many entries the seller has, counted in the table.</summary>
    public async Task<long> EntryCountAsync(string sellerId)
    {
        await using var command = DataSource.CreateCommand("SELECT count(*) FROM point_ledger WHERE seller_id = @seller");
        command.Parameters.AddWithValue("seller", sellerId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
