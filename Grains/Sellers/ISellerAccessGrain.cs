using Orleans.Concurrency;

namespace Grains.Sellers;

/// <summary>
/// The silo-side face of <see cref="SellerGrain"/> for the seller's collection grain: the stored SmartStore access
/// (never decrypted here) and the switches. Not part of the client contract, so the encrypted secret never leaves
/// the silos.
/// </summary>
[Alias("onch.ISellerAccessGrain")]
public interface ISellerAccessGrain : IGrainWithStringKey
{
    /// <summary>The seller's stored access and switches (interleaves: a collection asks it while the seller works).</summary>
    [Alias("GetAccess"), AlwaysInterleave]
    Task<SellerAccess> GetAccessAsync();
}
