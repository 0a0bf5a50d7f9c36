using Npgsql;

namespace Bench;

/// <summary>Server-side counters read around a measured window.</summary>
internal static class IngestProbe
{
    /// <summary>
    /// The next transaction id the server will assign: the difference over a window is how many write transactions
    /// committed or aborted in it, on the whole server (read-only transactions take no id). Reading it takes none.
    /// </summary>
    public static async Task<long> NextTransactionIdAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
