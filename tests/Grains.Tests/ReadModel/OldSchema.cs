using Infrastructure.Database;
using Npgsql;
using Tests.Shared;

namespace Grains.Tests.ReadModel;

/// <summary>Databases at an earlier schema version, for tests of what a migration does to existing data.</summary>
internal static class OldSchema
{
    /// <summary>
    /// A fresh database with the migrations up to <paramref name="version"/> applied and recorded, as a server that
    /// ran an earlier release would have it; the migrator later applies only what follows.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string purpose, int version)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(purpose);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await ExecuteAsync(dataSource, "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        foreach (var migration in SchemaMigrator.Embedded.Where(m => m.Version <= version))
        {
            await RunMigrationAgainAsync(dataSource, migration.Version);
            await ExecuteAsync(dataSource, $"INSERT INTO schema_migrations (version, name) VALUES ({migration.Version}, '{migration.Name}')");
        }

        return connectionString;
    }

    /// <summary>Runs one migration file as the migrator does (in a transaction), whether or not it ran before.</summary>
    public static async Task RunMigrationAgainAsync(NpgsqlDataSource dataSource, int version)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(SchemaMigrator.Embedded.Single(m => m.Version == version).Sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>Runs statements outside any explicit transaction.</summary>
    public static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
