using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SmartStoreSimulator;

/// <summary>A simulator running in-process on loopback, for tests and benchmarks.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the simulator listens, e.g. <c>http://127.0.0.1:41234/</c>; use it as <c>SmartStore:BaseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>
    /// Starts Kestrel on 127.0.0.1 at <paramref name="port"/> (0 picks a free port) with optional configuration
    /// overrides such as <c>Simulator:DefaultRatePerSecond</c>.
    /// </summary>
    public static async Task<SimulatorHost> StartAsync(
        int port = 0, IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var app = SimulatorApp.Build([$"--urls=http://127.0.0.1:{port}"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
