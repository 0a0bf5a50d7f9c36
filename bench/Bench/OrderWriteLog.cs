using Npgsql;

namespace Bench;

/// <summary>
/// When PostgreSQL persisted each order transition, recorded by two bench-only triggers in the benchmark's database:
/// one on <c>OrleansStorage</c> (every write of an order grain's state, at the writing transaction's <c>now()</c>) and
/// one on <c>order_read</c> (every accepted row write, with the version and status it wrote). A transition's time is
/// the latest state write of its order that began before the projection of its version: the grain persists its state,
/// then projects, then announces, one transition at a time.
/// </summary>
internal static class OrderWriteLog
{
    public static async Task InstallAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            CREATE TABLE bench_state_writes (product_order_id text NOT NULL, at timestamptz NOT NULL);
            CREATE INDEX ON bench_state_writes (product_order_id, at);
            CREATE TABLE bench_projections (product_order_id text NOT NULL, version bigint NOT NULL, status text NOT NULL, at timestamptz NOT NULL);
            CREATE FUNCTION bench_state_written() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO bench_state_writes VALUES (substr(NEW.grain_id_ext, 7), now());
                RETURN NULL;
            END;
            $$;
            CREATE FUNCTION bench_projected() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO bench_projections VALUES (NEW.product_order_id, NEW.version, NEW.status, now());
                RETURN NULL;
            END;
            $$;
            CREATE TRIGGER bench_state_written AFTER INSERT OR UPDATE ON OrleansStorage
                FOR EACH ROW WHEN (NEW.grain_type = 'order' AND NEW.grain_id_ext LIKE 'order:%') EXECUTE FUNCTION bench_state_written();
            CREATE TRIGGER bench_projected AFTER INSERT OR UPDATE ON order_read FOR EACH ROW EXECUTE FUNCTION bench_projected();
            """);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>PostgreSQL's clock now: where a phase's transitions begin.</summary>
    public static async Task<DateTimeOffset> NowAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT clock_timestamp()");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetFieldValue<DateTimeOffset>(0);
    }

    /// <summary>
    /// Every transition of the given orders first projected at or after <paramref name="since"/>: (order, version) ->
    /// its status and when its state was persisted.
    /// </summary>
    public static async Task<Dictionary<(string ProductOrderId, long Version), (string Status, DateTimeOffset PersistedAt)>> TransitionsAsync(
        NpgsqlDataSource dataSource, IReadOnlyCollection<string> productOrderIds, DateTimeOffset since)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT p.product_order_id, p.version, min(p.status),
                   (SELECT max(w.at) FROM bench_state_writes AS w WHERE w.product_order_id = p.product_order_id AND w.at <= min(p.at))
              FROM bench_projections AS p
             WHERE p.product_order_id = ANY(@ids)
             GROUP BY p.product_order_id, p.version
            HAVING min(p.at) >= @since
            """);
        command.Parameters.AddWithValue("since", since);
        command.Parameters.AddWithValue("ids", productOrderIds.ToArray());
        var transitions = new Dictionary<(string, long), (string, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(3))
            {
                transitions[(reader.GetString(0), reader.GetInt64(1))] = (reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
            }
        }

        return transitions;
    }
}
