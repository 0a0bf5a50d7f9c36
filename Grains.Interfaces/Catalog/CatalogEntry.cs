namespace Grains.Interfaces.Catalog;

/// <summary>One row of the catalog list: what the operator sees of a product without loading its grain.</summary>
/// <param name="Code">The product code.</param>
/// <param name="Name">The product name.</param>
/// <param name="SupplierId">The supplier that ships it.</param>
/// <param name="Status">The product's sale status.</param>
/// <param name="OptionCount">How many options it has (0 for a product without options).</param>
/// <param name="TotalStock">The sum of its options' stock (0 for a product without options).</param>
/// <param name="UpdatedAt">When the product last changed (an upsert or a stock movement).</param>
/// <param name="Version">Grows with every change of the product; a row is never replaced by an older one.</param>
public sealed record class CatalogEntry(
    string Code,
    string Name,
    string SupplierId,
    ProductStatus Status,
    int OptionCount,
    long TotalStock,
    DateTimeOffset UpdatedAt,
    long Version)
{
    /// <summary>The row of <paramref name="product"/> at <paramref name="version"/>, changed at <paramref name="updatedAt"/>.</summary>
    public static CatalogEntry From(Product product, long version, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(product);
        var options = product.Options.IsDefault ? [] : product.Options;
        return new CatalogEntry(
            product.Code, product.Name, product.SupplierId, product.Status, options.Length,
            options.Sum(o => (long)o.Stock), updatedAt, version);
    }
}
