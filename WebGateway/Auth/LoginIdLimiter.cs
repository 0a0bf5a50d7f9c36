using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace WebGateway.Auth;

/// <summary>Login attempts per login id, a fixed window each (<see cref="LoginLimitOptions.LoginAttemptsPerLogin"/>).</summary>
public sealed class LoginIdLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public LoginIdLimiter(IOptions<LoginLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _window = limits.Window;
        _limiter = PartitionedRateLimiter.Create<string, string>(loginId => RateLimitPartition.GetFixedWindowLimiter(
            loginId,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.LoginAttemptsPerLogin, Window = limits.Window, QueueLimit = 0 }));
    }

    /// <summary>Takes one attempt for <paramref name="loginId"/>; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string loginId)
    {
        using var lease = _limiter.AttemptAcquire(loginId.ToLowerInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _window;
    }

    public void Dispose() => _limiter.Dispose();
}
