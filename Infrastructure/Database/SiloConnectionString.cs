using Npgsql;

namespace Infrastructure.Database;

/// <summary>
/// The connection string a silo's own pools use (the grain storage provider's and the read model's data source): the
/// configured one, with Npgsql settings that save PostgreSQL work per statement where the configuration leaves them
/// at their defaults. Every silo statement is one of a few fixed texts, run thousands of times.
/// </summary>
public static class SiloConnectionString
{
    /// <summary>Prepared statements each physical connection keeps (Npgsql prepares a text on its second use).</summary>
    public const int MaxAutoPrepare = 32;

    /// <summary>
    /// <paramref name="connectionString"/> with auto-prepare on (each text is parsed and planned once per connection,
    /// not per call) and no session reset when a connection goes back to its pool (a <c>DISCARD ALL</c> per use;
    /// the silo sets no session state: its locks are transaction-scoped). Values the configuration sets are kept.
    /// </summary>
    public static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
