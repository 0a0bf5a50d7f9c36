namespace WebGateway.Contracts.Operator;

/// <summary>The answer of <c>POST /api/operator/sellers</c>.</summary>
public sealed record class CreatedSellerDto(string SellerId, string Name);
