using Grains.Interfaces.Catalog;

namespace WebGateway.Contracts.Operator;

/// <summary>One option of a catalog product: in the upsert body (every field required there) and in answers.</summary>
public sealed record class ProductOptionDto(string? OptionId, string? Name, long? ExtraPrice, int? Stock, ProductStatus? Status)
{
    public static ProductOptionDto From(ProductOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new(option.OptionId, option.Name, option.ExtraPrice, option.Stock, option.Status);
    }
}
