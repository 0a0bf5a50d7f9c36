using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Silo.Extensions;

namespace Bench;

/// <summary>
/// A one-silo cluster in this process, configured by the silo host's own extension methods: ADO.NET clustering,
/// grain state and reminders in PostgreSQL, the grains' services and the membership rate share.
/// </summary>
internal sealed class IngestSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private IngestSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    public IGrainFactory Grains { get; }

    /// <summary>The silo's services (the collection cadence, the SmartStore budget).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>
    /// Starts the silo on free loopback ports; <paramref name="settings"/> add the SmartStore section, and
    /// <paramref name="services"/> may register services ahead of the silo's own (which then keep them).
    /// </summary>
    public static async Task<IngestSilo> StartAsync(
        string connectionString, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Orleans"] = connectionString,
            ["Orleans:ClusterId"] = "bench-ingest",
            ["Orleans:ServiceId"] = "bench-ingest",
            ["Orleans:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIP"] = IPAddress.Loopback.ToString(),
            ["Security:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        builder.Configuration.AddInMemoryCollection(settings);
        // Our warnings show (an order that could not be persisted); Orleans' start-up notes (GC mode, the short
        // reminder period the grain services allow) do not.
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true).SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);

        services?.Invoke(builder.Services);
        var cluster = ClusterSettings.Read(builder.Configuration);
        builder.UseOrleans(silo => silo
            .UseOnChannelCluster(cluster)
            .UseOnChannelPostgres(cluster.ConnectionString)
            .AddOnChannelGrainServices()
            .AddClusterRateShare());
        var host = builder.Build();
        await host.StartAsync();
        return new IngestSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
