namespace Grains.Sellers;

/// <summary>How a seller's SmartStore secret is bound when encrypted.</summary>
public static class SellerSecret
{
    /// <summary>
    /// The associated data of the seller's encrypted secret: binds the blob to its seller, so a blob copied into
    /// another seller's state does not decrypt.
    /// </summary>
    public static string Purpose(string sellerId) => "smartstore-secret:" + sellerId;
}
