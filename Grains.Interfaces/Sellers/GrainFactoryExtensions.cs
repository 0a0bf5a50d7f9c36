namespace Grains.Interfaces.Sellers;

/// <summary>Typed lookups of seller grains, so that no caller forgets the key prefix.</summary>
public static class GrainFactoryExtensions
{
    /// <summary>The grain of the seller with this id.</summary>
    public static ISellerGrain GetSeller(this IGrainFactory grains, string sellerId) =>
        grains.GetGrain<ISellerGrain>(SellerKey.For(sellerId));
}
