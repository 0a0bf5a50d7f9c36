namespace WebGateway.Contracts.Operator;

/// <summary><c>GET /api/operator/products</c>: a page of the catalog in code order; <see cref="NextAfter"/> is the next page's <c>after</c>.</summary>
public sealed record class CatalogListDto(IReadOnlyList<CatalogEntryDto> Products, string? NextAfter);
