using Grains.Interfaces.Diagnostics;

namespace Grains.Diagnostics;

/// <summary>Answers with the address of its silo; holds no state.</summary>
public sealed class ClusterProbeGrain : Grain, IClusterProbeGrain
{
    public Task<string> GetSiloAsync() => Task.FromResult(RuntimeIdentity);
}
