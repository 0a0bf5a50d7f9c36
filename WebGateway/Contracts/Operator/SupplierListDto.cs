namespace WebGateway.Contracts.Operator;

/// <summary><c>GET /api/operator/suppliers</c>: a page of suppliers in id order; <see cref="NextAfter"/> is the next page's <c>after</c>.</summary>
public sealed record class SupplierListDto(IReadOnlyList<SupplierAccountDto> Suppliers, string? NextAfter);
