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

    /// <summary>
    /// Returns the product with its version, which grows with every persisted change of the product (an upsert, a
    /// stock take or return): a caller that read it before can tell whether it may have changed since.
    /// </summary>
    /// <remarks>Interleaves, as <see cref="GetAsync"/> does.</remarks>
    [Alias("GetVersioned"), AlwaysInterleave]
    Task<VersionedProduct> GetVersionedAsync();

    /// <summary>
    /// Takes <paramref name="quantity"/> from the stock of <paramref name="optionId"/> for a placing order, once per
    /// <paramref name="productOrderId"/> (a retried take changes nothing). False when the product or option is not on
    /// sale or has too little stock now; a product without options has no stock to take.
    /// </summary>
    /// <remarks>
    /// Interleaves (as does <see cref="ReturnStockAsync"/>): an upsert waits on the orders it re-validates, and a placing
    /// order may be waiting on its stock at that moment; the grain serializes its stock writes itself.
    /// </remarks>
    [Alias("TakeStock"), AlwaysInterleave]
    Task<bool> TakeStockAsync(string productOrderId, string? optionId, int quantity);

    /// <summary>Puts back what <see cref="TakeStockAsync"/> took for <paramref name="productOrderId"/> (once).</summary>
    [Alias("ReturnStock"), AlwaysInterleave]
    Task ReturnStockAsync(string productOrderId);
}
