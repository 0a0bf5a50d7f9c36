namespace Grains.Interfaces.Catalog;

/// <summary>A catalog product with the version of its persisted state, which grows with every change of it.</summary>
/// <param name="Product">The product; null when the catalog does not have it.</param>
/// <param name="Version">The product's version; 0 before its first upsert.</param>
[GenerateSerializer, Immutable, Alias("onch.VersionedProduct")]
public sealed record class VersionedProduct(
    [property: Id(0)] Product? Product,
    [property: Id(1)] long Version);
