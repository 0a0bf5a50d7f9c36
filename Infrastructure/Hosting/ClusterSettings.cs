using System.Net;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Infrastructure.Hosting;

/// <summary>
/// The Orleans cluster settings every process reads (<c>Orleans__*</c> and <c>ConnectionStrings__Orleans</c>),
/// validated as a whole so that a wrong value stops the process with one clear line naming the key.
/// </summary>
public sealed record ClusterSettings(
    string ConnectionString,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    IPAddress? AdvertisedIP)
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    /// <summary>Reads and validates the settings; throws <see cref="StartupConfigurationException"/> naming the bad key.</summary>
    public static ClusterSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = ReadConnectionString(configuration);
        var section = configuration.GetSection("Orleans");
        var clusterId = Required(section, "ClusterId");
        var serviceId = Required(section, "ServiceId");
        var siloPort = Port(section, "SiloPort", DefaultSiloPort);
        var gatewayPort = Port(section, "GatewayPort", DefaultGatewayPort);
        if (siloPort == gatewayPort)
        {
            throw new StartupConfigurationException(
                $"Orleans__SiloPort and Orleans__GatewayPort must differ (both are {siloPort}).");
        }
        IPAddress? advertised = null;
        var advertisedText = section["AdvertisedIP"];
        if (!string.IsNullOrWhiteSpace(advertisedText) && !IPAddress.TryParse(advertisedText, out advertised))
        {
            throw new StartupConfigurationException(
                $"Orleans__AdvertisedIP '{advertisedText}' is not an IP address (for example 10.0.0.5).");
        }
        return new ClusterSettings(connectionString, clusterId, serviceId, siloPort, gatewayPort, advertised);
    }

    /// <summary>Reads <c>ConnectionStrings__Orleans</c> and checks that it is a well-formed PostgreSQL connection string.</summary>
    public static string ReadConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("Orleans");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupConfigurationException(
                "ConnectionStrings__Orleans is not set: give the PostgreSQL connection string, e.g. 'Host=127.0.0.1;Port=5432;Database=onchannel;Username=onchannel;Password=...'.");
        }
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(parsed.Host))
            {
                throw new StartupConfigurationException("ConnectionStrings__Orleans has no Host.");
            }
        }
        catch (ArgumentException e)
        {
            throw new StartupConfigurationException($"ConnectionStrings__Orleans is not a valid PostgreSQL connection string: {e.Message}", e);
        }
        return connectionString;
    }

    private static string Required(IConfigurationSection section, string key)
    {
        var value = section[key];
        return string.IsNullOrWhiteSpace(value)
            ? throw new StartupConfigurationException($"Orleans__{key} is not set.")
            : value.Trim();
    }

    private static int Port(IConfigurationSection section, string key, int fallback)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return int.TryParse(value, out var port) && port is > 0 and <= 65535
            ? port
            : throw new StartupConfigurationException($"Orleans__{key} '{value}' is not a TCP port (1-65535).");
    }
}
