using System.Globalization;
using Microsoft.Extensions.Options;

namespace SmartStore.Internal;

/// <summary>
/// Fails fast at start. Each failure is a sentence naming the environment variable and the value (never a secret),
/// because hosts print it to the operator as it is.
/// </summary>
internal sealed class SmartStoreOptionsValidator : IValidateOptions<SmartStoreOptions>
{
    private const string Prefix = SmartStoreOptions.SectionName + "__";

    public ValidateOptionsResult Validate(string? name, SmartStoreOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add($"{Key(nameof(options.BaseUrl), options.BaseUrl)} is not an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) != string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"{Prefix}ClientId and {Prefix}ClientSecret must be set together.");
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret) && !SmartStoreSignature.IsSalt(options.ClientSecret))
        {
            // The usual cause is '$' eaten by shell or dotenv interpolation.
            failures.Add($"{Prefix}ClientSecret is not a bcrypt salt such as $2a$04$ followed by 22 characters (check '$' escaping).");
        }

        if (options.DefaultStartingRatePerSecond <= 0)
        {
            failures.Add($"{Key(nameof(options.DefaultStartingRatePerSecond), options.DefaultStartingRatePerSecond)} must be positive.");
        }

        foreach (var (api, rate) in options.StartingRatePerSecond.Where(pair => pair.Value <= 0))
        {
            failures.Add($"{Key($"{nameof(options.StartingRatePerSecond)}__{api}", rate)} must be positive.");
        }

        if (options.Headroom is <= 0 or > 1)
        {
            failures.Add($"{Key(nameof(options.Headroom), options.Headroom)} must be above 0 and at most 1.");
        }

        if (options.BurstSeconds <= 0)
        {
            failures.Add($"{Key(nameof(options.BurstSeconds), options.BurstSeconds)} must be positive.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{Key(nameof(options.MaxRetryAttempts), options.MaxRetryAttempts)} must be between 0 and 10.");
        }

        if (options.MaxWriteAttempts < 1)
        {
            failures.Add($"{Key(nameof(options.MaxWriteAttempts), options.MaxWriteAttempts)} must be at least 1.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Key(nameof(options.AttemptTimeout), options.AttemptTimeout)} must be positive.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add($"{Key(nameof(options.RetryBaseDelay), options.RetryBaseDelay)} must not be negative.");
        }
        else if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add($"{Key(nameof(options.RetryMaxDelay), options.RetryMaxDelay)} must be at least {Prefix}RetryBaseDelay ({options.RetryBaseDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Key(string member, object value) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{member} '{value}'");
}
