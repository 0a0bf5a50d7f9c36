namespace Grains.Interfaces.Sellers;

/// <summary>How a seller's SmartStore is reached (product.md section 3).</summary>
[GenerateSerializer, Alias("onch.SmartStoreMode")]
public enum SmartStoreMode
{
    /// <summary>Commerce solution mode: the platform application, <c>type=SELLER</c> tokens for the seller's account id.</summary>
    Solution = 0,

    /// <summary>Own application mode: the seller's own client id and secret, <c>type=SELF</c> tokens.</summary>
    Own = 1,
}
