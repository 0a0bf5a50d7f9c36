using Microsoft.Extensions.Options;

namespace SmartStore.Internal;

/// <summary>Fails fast at start with a message naming the setting that is wrong.</summary>
internal sealed class SmartStoreOptionsValidator : IValidateOptions<SmartStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SmartStoreOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add("SmartStore:BaseUrl must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) != string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("SmartStore:ClientId and SmartStore:ClientSecret must be set together.");
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret) && !SmartStoreSignature.IsSalt(options.ClientSecret))
        {
            // The usual cause is '$' eaten by shell or dotenv interpolation.
            failures.Add("SmartStore:ClientSecret must be a bcrypt salt such as $2a$04$ followed by 22 characters (check '$' escaping).");
        }

        if (options.DefaultStartingRatePerSecond <= 0 || options.StartingRatePerSecond.Values.Any(rate => rate <= 0))
        {
            failures.Add("SmartStore starting rates must be positive.");
        }

        if (options.Headroom is <= 0 or > 1)
        {
            failures.Add("SmartStore:Headroom must be in (0, 1].");
        }

        if (options.BurstSeconds <= 0 || options.MaxRetryAttempts is < 0 or > 10 || options.MaxWriteAttempts < 1)
        {
            failures.Add("SmartStore:BurstSeconds must be positive, MaxRetryAttempts 0..10 and MaxWriteAttempts at least 1.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("SmartStore:AttemptTimeout must be positive and RetryMaxDelay at least RetryBaseDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
