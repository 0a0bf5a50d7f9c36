using Grains.Interfaces.Diagnostics;
using Orleans.Placement;

namespace Grains.Diagnostics;

/// <summary>Answers with the address of its silo; holds no state.</summary>
/// <remarks>
/// Random placement on purpose: the default resource-optimised placement prefers the silo the call arrives at,
/// so probes sent through one gateway would all stay there and say nothing about the rest of the cluster.
/// </remarks>
[RandomPlacement]
public sealed class ClusterProbeGrain : Grain, IClusterProbeGrain
{
    public Task<string> GetSiloAsync() => Task.FromResult(RuntimeIdentity);
}
