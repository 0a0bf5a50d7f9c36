using System.Net.Sockets;
using Infrastructure.Hosting;
using Npgsql;

namespace Infrastructure.Database;

/// <summary>Turns "PostgreSQL is not there" into one clear startup error instead of a provider stack trace.</summary>
public static class PostgresConnectivity
{
    /// <summary>Where a connection string points, without its password, for messages and logs.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}";
        }
        catch (ArgumentException)
        {
            return "(unparsable connection string)";
        }
    }

    /// <summary>Runs <paramref name="action"/>, rethrowing connection failures as <see cref="StartupConfigurationException"/>.</summary>
    public static async Task<T> RequireAsync<T>(string connectionString, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            var reason = e is PostgresException pg ? $"{pg.SqlState}: {pg.MessageText}" : e.Message;
            throw new StartupConfigurationException(
                $"Cannot use PostgreSQL at {Describe(connectionString)} (ConnectionStrings__Orleans): {reason}", e);
        }
    }
}
