namespace WebGateway.Contracts;

/// <summary>The access token and who it is for.</summary>
public sealed record class TokenResponse(
    string AccessToken, DateTimeOffset ExpiresAt, string Role, string Name, string? SellerId, string? SupplierId);
