using Grains.Interfaces.Catalog;

namespace WebGateway.Contracts.Operator;

/// <summary>One product of the catalog list.</summary>
public sealed record class CatalogEntryDto(
    string Code, string Name, string SupplierId, ProductStatus Status, int OptionCount, long TotalStock, DateTimeOffset UpdatedAt)
{
    public static CatalogEntryDto From(CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Code, entry.Name, entry.SupplierId, entry.Status, entry.OptionCount, entry.TotalStock, entry.UpdatedAt);
    }
}
