using Infrastructure.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WebGateway.Auth;
using WebGateway.Extensions;
using WebGateway.Hubs;

namespace Bench;

/// <summary>
/// One WebGateway in this process, built by the gateway's own extension methods (Orleans client, JWT, the hub and
/// its live bridge) on Kestrel at a free loopback port.
/// </summary>
internal sealed class PushGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PushGateway(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The hub's context: the baseline sends through it directly, without Orleans.</summary>
    public IHubContext<OrderHub, IOrderClient> Hub => _app.Services.GetRequiredService<IHubContext<OrderHub, IOrderClient>>();

    /// <summary>This gateway's cluster client: the benchmark changes points through it, as the API would.</summary>
    public IClusterClient Grains => _app.Services.GetRequiredService<IClusterClient>();

    public static async Task<PushGateway> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddOnChannelGateway();
        var app = builder.Build();
        app.MapOnChannelGateway();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new PushGateway(app, new Uri(address + "/"));
    }

    /// <summary>Creates a seller account and returns an access token for it (no login round trip, no login limits).</summary>
    public async Task<string> SellerTokenAsync(string sellerId)
    {
        var hashing = _app.Services.GetRequiredService<PasswordHashing>();
        var account = new Account(sellerId, AccountRole.Seller, "벤치 " + sellerId, hashing.Hash(sellerId, "bench-" + Guid.NewGuid().ToString("N")), false, 1, DateTimeOffset.UtcNow);
        if (!await _app.Services.GetRequiredService<IAccountStore>().CreateAsync(account))
        {
            throw new InvalidOperationException($"Account {sellerId} exists already.");
        }

        return _app.Services.GetRequiredService<TokenService>().Issue(account).Token;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
