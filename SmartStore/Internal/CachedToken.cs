namespace SmartStore.Internal;

internal sealed record CachedToken(string AccessToken, string TokenType, DateTimeOffset ExpiresAt)
{
    // The token itself is a credential: keep it out of any accidental log line.
    public override string ToString() => $"CachedToken({TokenType}, ExpiresAt = {ExpiresAt:O})";
}
