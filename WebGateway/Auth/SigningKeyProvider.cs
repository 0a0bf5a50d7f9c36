using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace WebGateway.Auth;

/// <summary>
/// The token signing key from <c>Security__SigningKey</c> (checked at start by <see cref="SigningKeyValidator"/>);
/// Development generates a throw-away key when none is set.
/// </summary>
public sealed partial class SigningKeyProvider
{
    public const int MinimumKeyLength = 32;

    private readonly ILogger<SigningKeyProvider> _logger;
    private readonly Lazy<SymmetricSecurityKey> _key;

    public SigningKeyProvider(IOptions<GatewaySecurityOptions> options, ILogger<SigningKeyProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _key = new Lazy<SymmetricSecurityKey>(() => Create(options.Value));
    }

    /// <summary>The key every token is signed and checked with.</summary>
    public SymmetricSecurityKey Key => _key.Value;

    private SymmetricSecurityKey Create(GatewaySecurityOptions options)
    {
        var bytes = string.IsNullOrWhiteSpace(options.SigningKey) ? null : Parse(options.SigningKey);
        if (bytes is null)
        {
            // Development only (validation refused it elsewhere): tokens die with the process and other gateways refuse them.
            LogGeneratedKey(_logger);
            bytes = RandomNumberGenerator.GetBytes(MinimumKeyLength);
        }

        return new SymmetricSecurityKey(bytes) { KeyId = "onchannel-1" };
    }

    internal static byte[]? Parse(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) && written >= MinimumKeyLength
            ? buffer[..written]
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Security__SigningKey is not set; using a generated development key (tokens will not survive a restart or work on another gateway)")]
    private static partial void LogGeneratedKey(ILogger logger);
}
