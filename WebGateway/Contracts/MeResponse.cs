namespace WebGateway.Contracts;

/// <summary><c>GET /api/auth/me</c>: the logged-in account.</summary>
public sealed record class MeResponse(string LoginId, string Role, string Name, string? SellerId, string? SupplierId);
