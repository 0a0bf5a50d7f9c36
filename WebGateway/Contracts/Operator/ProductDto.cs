using Grains.Interfaces.Catalog;

namespace WebGateway.Contracts.Operator;

/// <summary>
/// A catalog product as the http-api writes it: the body of <c>PUT /api/operator/products/{code}</c> (without
/// <see cref="Code"/>, which the path gives; every other field required) and the answer of both product endpoints.
/// </summary>
public sealed record class ProductDto(
    string? Code,
    string? Name,
    string? ImageUrl,
    string? SupplierId,
    long? SupplyPrice,
    long? ShippingFee,
    int? MinQuantity,
    ProductStatus? Status,
    IReadOnlyList<ProductOptionDto?>? Options)
{
    public static ProductDto From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new(
            product.Code, product.Name, product.ImageUrl, product.SupplierId, product.SupplyPrice, product.ShippingFee,
            product.MinQuantity, product.Status, [.. (product.Options.IsDefault ? [] : product.Options).Select(ProductOptionDto.From)]);
    }
}
