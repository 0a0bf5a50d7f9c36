using Grains.Interfaces.Catalog;

namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>GET /api/seller/products/{code}</c>: a catalog product for 옵션 수정 and 개별 주문. The prices are what the
/// seller pays: (supply price + the option's extra price) × quantity + the shipping fee once per order.
/// </summary>
public sealed record class SellerProductDto(
    string Code,
    string Name,
    string ImageUrl,
    long SupplyPrice,
    long ShippingFee,
    int MinQuantity,
    ProductStatus Status,
    IReadOnlyList<SellerProductOptionDto> Options,
    bool SaleApplied)
{
    public static SellerProductDto From(Product product, bool saleApplied)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new(
            product.Code, product.Name, product.ImageUrl, product.SupplyPrice, product.ShippingFee, product.MinQuantity, product.Status,
            product.Options.IsDefault ? [] : [.. product.Options.Select(SellerProductOptionDto.From)], saleApplied);
    }
}
