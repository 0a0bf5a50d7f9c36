namespace Grains.Security;

/// <summary>Keys protecting data at rest; bound from the <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// <c>Security__EncryptionKey</c>: base64 of 32 random bytes, the same on every silo. It encrypts SmartStore client
    /// secrets (AES-256-GCM). Required outside Development; in Development a key is generated when it is missing.
    /// </summary>
    public string? EncryptionKey { get; set; }
}
