using Grains.Interfaces.Live;
using Microsoft.Extensions.DependencyInjection;
using Tests.Shared;
using WebGateway.Hubs;

namespace Gateway.Tests.Live;

/// <summary>
/// Two silos and two gateways, so that a change can travel from a grain on either silo to a hub client of the other
/// gateway. Ready once both gateways are in the live directory.
/// </summary>
public sealed class LiveFixture : GatewayFixture, IAsyncLifetime
{
    protected override short SiloCount => 2;

    protected override int GatewayCount => 2;

    /// <summary>The gateway whose cluster client makes the changes.</summary>
    public GatewayHost A => Gateways[0];

    /// <summary>The gateway the hub clients listen on.</summary>
    public GatewayHost B => Gateways[1];

    public ILiveDirectoryGrain Directory => Grains.GetGrain<ILiveDirectoryGrain>(LiveLease.DirectoryKey);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await WaitUntilListedAsync(A);
        await WaitUntilListedAsync(B);
    }

    /// <summary>The id <paramref name="gateway"/> registered under.</summary>
    public static string IdOf(GatewayHost gateway) => gateway.Services.GetRequiredService<LiveGatewayIdentity>().Id;

    public Task WaitUntilListedAsync(GatewayHost gateway) =>
        Wait.UntilAsync(
            async () => (await Directory.GetGatewaysAsync()).Any(g => g.GatewayId == IdOf(gateway)),
            TimeSpan.FromSeconds(30),
            $"gateway {IdOf(gateway)} to register in the live directory");
}
