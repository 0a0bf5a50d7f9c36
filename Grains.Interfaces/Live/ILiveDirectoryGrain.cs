using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Grains.Interfaces.Live;

/// <summary>
/// Which gateways want live events: each gateway registers its <see cref="ILiveObserver"/> under its id and renews it
/// (<see cref="LiveLease"/>). One per cluster (<see cref="LiveLease.DirectoryKey"/>), off the hot path: silos cache
/// its list for a few seconds and call the observers themselves.
/// </summary>
[Alias("onch.ILiveDirectoryGrain")]
public interface ILiveDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Registers or renews the gateway <paramref name="gatewayId"/> for one <see cref="LiveLease.Expiry"/>.</summary>
    [Alias("Register")]
    Task RegisterAsync(string gatewayId, ILiveObserver observer);

    /// <summary>Forgets the gateway at once (it is stopping).</summary>
    [Alias("Unregister")]
    Task UnregisterAsync(string gatewayId);

    /// <summary>Returns the gateways whose lease has not expired, by id.</summary>
    /// <remarks>Interleaves: every silo polls it, and it must not wait behind a registration's storage write.</remarks>
    [Alias("GetGateways"), AlwaysInterleave, ResponseTimeout("00:00:05")]
    Task<ImmutableArray<LiveGateway>> GetGatewaysAsync();
}
