using Infrastructure.Database;
using Npgsql;

namespace Tests.Shared;

/// <summary>
/// The PostgreSQL server of the test run (started by <c>./test.sh</c>, named by <c>ONCHANNEL_TEST_PG</c>), and fresh
/// databases on it so that each fixture starts from an empty schema.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "ONCHANNEL_TEST_PG";

    /// <summary>Connection string of the server's maintenance database; fails (never skips) when there is none.</summary>
    public static string AdminConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(value)
                ? throw new InvalidOperationException(
                    $"{EnvironmentVariable} is not set. Run the tests with ./test.sh, which starts PostgreSQL, or set it to a connection string of a PostgreSQL 15+ superuser.")
                : value;
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        // PostgreSQL names are at most 63 bytes.
        var name = $"t_{purpose}_{Guid.NewGuid():N}".ToLowerInvariant();
        name = name[..Math.Min(name.Length, 63)];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaxPoolSize = 50 }.ConnectionString;
    }

    /// <summary>Creates a database with the application schema applied.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string purpose)
    {
        var connectionString = await CreateDatabaseAsync(purpose);
        await new SchemaMigrator().MigrateAsync(connectionString);
        return connectionString;
    }

    /// <summary>Runs a scalar query against a database.</summary>
    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value);
        }
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
