using Orleans.Concurrency;

namespace Grains.Interfaces.Catalog;

/// <summary>
/// One OnChannel catalog product, keyed by <see cref="ProductKey.For(string)"/> (for example
/// <c>product:CH0000123</c>). The operator upserts it; every change re-validates the orders waiting on it.
/// </summary>
[Alias("onch.ICatalogProductGrain")]
public interface ICatalogProductGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the product after <see cref="ProductValidator"/> accepts it (its code must match the grain key), then
    /// validates again every not-yet-placed order that uses it. A refused upsert changes nothing.
    /// </summary>
    [Alias("Upsert")]
    Task<ProductUpsertResult> UpsertAsync(Product product);

    /// <summary>Returns the product, or null when the catalog does not have it.</summary>
    /// <remarks>
    /// Interleaves: order grains read the product while this grain awaits their re-validation after an upsert, and the
    /// state it returns is only ever replaced whole after it was persisted.
    /// </remarks>
    [Alias("Get"), AlwaysInterleave]
    Task<Product?> GetAsync();
}
