using Grains.Interfaces.Catalog;

namespace Grains.Catalog;

/// <summary>What a <see cref="CatalogProductGrain"/> persists.</summary>
[GenerateSerializer, Alias("onch.CatalogProductState")]
public sealed class CatalogProductState
{
    /// <summary>The product; null until the operator first upserts it.</summary>
    [Id(0)]
    public Product? Product { get; set; }
}
