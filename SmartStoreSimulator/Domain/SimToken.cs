namespace SmartStoreSimulator.Domain;

/// <summary>An issued access token and what it grants.</summary>
internal sealed record SimToken(string AccessToken, string ClientId, string Type, string? AccountId, DateTimeOffset ExpiresAt);
