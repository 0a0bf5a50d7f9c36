using Grains.Interfaces.Catalog;

namespace WebGateway.Contracts.Seller;

/// <summary>One option of a catalog product as a seller sees it: what it adds to the supply price and what is in stock.</summary>
public sealed record class SellerProductOptionDto(string OptionId, string Name, long ExtraPrice, int Stock, ProductStatus Status)
{
    public static SellerProductOptionDto From(ProductOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new(option.OptionId, option.Name, option.ExtraPrice, option.Stock, option.Status);
    }
}
