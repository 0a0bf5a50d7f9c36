namespace SmartStore.Internal;

/// <summary>The application a call runs under and the token it needs; <see cref="Shared"/> when it is the platform's.</summary>
internal sealed record ResolvedApplication(string ClientId, string ClientSecret, string TokenType, string? AccountId, bool Shared)
{
    public override string ToString() => $"{ClientId}/{TokenType}/{AccountId}";
}
