using System.ComponentModel.DataAnnotations;

namespace WebGateway.Auth;

/// <summary>How many login attempts a gateway lets through; bound from the <c>Auth</c> section.</summary>
public sealed class LoginLimitOptions
{
    public const string SectionName = "Auth";

    /// <summary><c>Auth__LoginAttemptsPerLogin</c>: attempts per login id per <see cref="Window"/> (default 10).</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerLogin { get; set; } = 10;

    /// <summary><c>Auth__LoginAttemptsPerAddress</c>: attempts per client address per <see cref="Window"/> (default 30).</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerAddress { get; set; } = 30;

    /// <summary><c>Auth__Window</c>: the fixed window of both limits (default one minute).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// <c>Auth__AccountCheckInterval</c>: how long a gateway trusts what it last read of an account (disabled, security
    /// stamp) before reading it again; the longest a disabled account's token keeps working (default 2 seconds).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan AccountCheckInterval { get; set; } = TimeSpan.FromSeconds(2);
}
