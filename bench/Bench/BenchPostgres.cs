using System.Diagnostics;
using Infrastructure.Database;
using Npgsql;

namespace Bench;

/// <summary>
/// The PostgreSQL server a benchmark runs against: <c>--pg</c>, else <c>ONCHANNEL_BENCH_PG</c>, else a private
/// server started (or found running) by <c>scripts/postgres.sh start .data/pg-bench</c>, durable like production.
/// </summary>
internal sealed class BenchPostgres
{
    public const string EnvironmentVariable = "ONCHANNEL_BENCH_PG";
    private const string DataDirectory = ".data/pg-bench";

    private BenchPostgres(string adminConnectionString, string origin, string settings)
    {
        AdminConnectionString = adminConnectionString;
        Origin = origin;
        Settings = settings;
    }

    /// <summary>Connection string of a superuser on the server's maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Where the connection string came from, for the report header.</summary>
    public string Origin { get; }

    /// <summary>Server version and the settings that bound the commit rate, for the report header.</summary>
    public string Settings { get; }

    public static async Task<BenchPostgres> ConnectAsync(string? option)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var (connectionString, origin) = !string.IsNullOrWhiteSpace(option) ? (option, "--pg")
            : !string.IsNullOrWhiteSpace(fromEnvironment) ? (fromEnvironment, EnvironmentVariable)
            : (await StartPrivateServerAsync(), $"scripts/postgres.sh start {DataDirectory}");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('max_connections')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var settings = BenchText.Invariant(
            $"PostgreSQL {reader.GetString(0)}, fsync {reader.GetString(1)}, synchronous_commit {reader.GetString(2)}, max_connections {reader.GetString(3)}");
        return new BenchPostgres(connectionString, origin, settings);
    }

    /// <summary>Creates a fresh database with the application schema (<see cref="SchemaMigrator"/>); dropped on dispose.</summary>
    public async Task<BenchDatabase> CreateMigratedDatabaseAsync(string purpose)
    {
        var name = $"bench_{purpose}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
        await new SchemaMigrator().MigrateAsync(connectionString);
        return new BenchDatabase(connectionString, () => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartPrivateServerAsync()
    {
        var root = FindRepositoryRoot();
        var start = new ProcessStartInfo("bash", ["scripts/postgres.sh", "start", DataDirectory])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run scripts/postgres.sh.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return process.ExitCode == 0 && lines.Length > 0
            ? lines[^1]
            : throw new InvalidOperationException(
                $"scripts/postgres.sh start {DataDirectory} failed (exit {process.ExitCode}); give a server with --pg or {EnvironmentVariable}.");
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "scripts", "postgres.sh")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"scripts/postgres.sh not found above the current directory; give a server with --pg or {EnvironmentVariable}.");
    }
}
