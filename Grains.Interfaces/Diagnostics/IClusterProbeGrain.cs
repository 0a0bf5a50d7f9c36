namespace Grains.Interfaces.Diagnostics;

/// <summary>A stateless grain that tells where it runs: used by readiness checks and by cluster tests.</summary>
[Alias("onch.IClusterProbeGrain")]
public interface IClusterProbeGrain : IGrainWithStringKey
{
    /// <summary>Returns the address of the silo hosting this activation.</summary>
    [Alias("GetSilo")]
    Task<string> GetSiloAsync();
}
