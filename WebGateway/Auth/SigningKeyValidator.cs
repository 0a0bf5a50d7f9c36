using Microsoft.Extensions.Options;

namespace WebGateway.Auth;

/// <summary>
/// Checks <see cref="GatewaySecurityOptions"/> at start: a missing or malformed signing key fails with one line naming
/// the key, except in Development, where <see cref="SigningKeyProvider"/> generates one. It depends on nothing that
/// reads the options, so validating them cannot come back to itself.
/// </summary>
internal sealed class SigningKeyValidator(IHostEnvironment environment) : IValidateOptions<GatewaySecurityOptions>
{
    /// <summary>Runs at start (<c>ValidateOnStart</c>).</summary>
    public ValidateOptionsResult Validate(string? name, GatewaySecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(30))
        {
            return ValidateOptionsResult.Fail("Security__TokenLifetime must be between 00:01:00 and 30.00:00:00.");
        }

        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Security__SigningKey is required: base64 of at least 32 random bytes.");
        }

        return SigningKeyProvider.Parse(options.SigningKey) is null
            ? ValidateOptionsResult.Fail("Security__SigningKey must be base64 of at least 32 bytes.")
            : ValidateOptionsResult.Success;
    }
}
