using System.Security.Cryptography;
using Grains.Security;
using Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace Silo.Security;

/// <summary>
/// Builds the process's <see cref="SecretProtector"/> from <see cref="SecurityOptions"/>: a missing or malformed key
/// fails validation at start, which the host prints as one line naming the key, except that Development generates a
/// throw-away key when none is set. It lives in the silo, not in Grains: it is start-up policy, decided from the host
/// environment.
/// </summary>
public sealed partial class SecretProtectorFactory : IValidateOptions<SecurityOptions>
{
    private readonly IHostEnvironment _environment;
    private readonly ILogger<SecretProtectorFactory> _logger;

    public SecretProtectorFactory(IHostEnvironment environment, ILogger<SecretProtectorFactory> logger)
    {
        _environment = environment;
        _logger = logger;
    }

    /// <summary>Runs at start (<c>ValidateOnStart</c>); the host prints a failure as one line.</summary>
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (SecretProtector.TryParseKey(options.EncryptionKey, out var problem) is null
            && !(string.IsNullOrWhiteSpace(options.EncryptionKey) && _environment.IsDevelopment()))
        {
            return ValidateOptionsResult.Fail(problem!);
        }

        return ValidateOptionsResult.Success;
    }

    /// <summary>The protector for the configured key (or a generated one in Development).</summary>
    public SecretProtector Create(SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = SecretProtector.TryParseKey(options.EncryptionKey, out var problem);
        if (key is null)
        {
            if (!_environment.IsDevelopment() || !string.IsNullOrWhiteSpace(options.EncryptionKey))
            {
                throw new StartupConfigurationException(problem!);
            }

            // Development only: secrets saved now cannot be read after a restart or by another silo.
            LogGeneratedKey(_logger);
            key = RandomNumberGenerator.GetBytes(SecretProtector.KeyLength);
        }

        return new SecretProtector(key);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Security__EncryptionKey is not set; using a generated development key (registered SmartStore secrets will not survive a restart)")]
    private static partial void LogGeneratedKey(ILogger logger);
}
