using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Gateway.Tests;

/// <summary>
/// One real gateway process-in-the-test: the WebGateway's own <c>Program</c> (found through <see cref="WebGateway.GatewayEntryPoint"/>) on Kestrel at a random 127.0.0.1 port
/// (so SignalR clients use real WebSockets), configured like production, joined to the fixture's cluster.
/// </summary>
public sealed class GatewayHost : WebApplicationFactory<WebGateway.GatewayEntryPoint>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayHost(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    /// <summary>The gateway's address, once <see cref="Start"/> ran.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the server and learns its address.</summary>
    public GatewayHost Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");
        return this;
    }

    /// <summary>An HTTP client of this gateway with no token.</summary>
    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(Environments.Production);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
