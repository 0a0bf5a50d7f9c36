namespace SmartStore.Models;

/// <summary>The result of verifying credentials: a token was issued and is valid until <see cref="ExpiresAt"/>.</summary>
public sealed record TokenGrant(string TokenType, DateTimeOffset ExpiresAt);
