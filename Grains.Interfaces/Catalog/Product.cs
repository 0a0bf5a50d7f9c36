using System.Collections.Immutable;

namespace Grains.Interfaces.Catalog;

/// <summary>
/// An OnChannel catalog product as the operator upserts it. Prices are KRW integers.
/// </summary>
/// <param name="Code">OnChannel product code: <c>CH</c> followed by 7 digits (see <see cref="ProductCode"/>).</param>
/// <param name="Name">Product name shown to sellers.</param>
/// <param name="ImageUrl">Absolute http(s) URL of the main product image.</param>
/// <param name="SupplierId">The supplier that ships this product.</param>
/// <param name="SupplyPrice">Price the seller pays per unit, before option extra price.</param>
/// <param name="ShippingFee">Shipping fee charged once per order.</param>
/// <param name="MinQuantity">Minimum purchase quantity per order (at least 1).</param>
/// <param name="Status">Sale status of the product as a whole.</param>
/// <param name="Options">The product's options; empty for a product without options.</param>
[GenerateSerializer, Immutable, Alias("onch.Product")]
public sealed record class Product(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string ImageUrl,
    [property: Id(3)] string SupplierId,
    [property: Id(4)] long SupplyPrice,
    [property: Id(5)] long ShippingFee,
    [property: Id(6)] int MinQuantity,
    [property: Id(7)] ProductStatus Status,
    [property: Id(8)] ImmutableArray<ProductOption> Options)
{
    /// <summary>The option with the given id, or <see langword="null"/> when the product has none with that id.</summary>
    public ProductOption? FindOption(string optionId)
    {
        foreach (var option in Options.IsDefault ? [] : Options)
        {
            if (string.Equals(option.OptionId, optionId, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}
