namespace WebGateway.Auth;

/// <summary>How the gateway signs access tokens; bound from the <c>Security</c> section.</summary>
public sealed class GatewaySecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// <c>Security__SigningKey</c>: base64 of at least 32 random bytes, the same on every gateway (a token issued by one
    /// is accepted by all). Required outside Development; in Development a key is generated when it is missing.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary><c>Security__TokenLifetime</c>: how long an access token is valid (default 12 hours).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
