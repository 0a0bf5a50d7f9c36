namespace Grains.Interfaces.Catalog;

/// <summary>
/// Sale status of a catalog product or of one of its options. The same three values apply to both, so options reuse
/// this type rather than a copy that could drift apart.
/// </summary>
[GenerateSerializer, Alias("onch.ProductStatus")]
public enum ProductStatus
{
    /// <summary>On sale (판매중): can be ordered.</summary>
    OnSale = 0,

    /// <summary>Sold out (품절): temporarily not orderable.</summary>
    SoldOut = 1,

    /// <summary>Discontinued (단종): permanently not orderable.</summary>
    Discontinued = 2,
}
