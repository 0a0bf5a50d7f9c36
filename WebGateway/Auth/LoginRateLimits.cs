using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WebGateway.Http;

namespace WebGateway.Auth;

/// <summary>
/// Login attempts limited per client address (the rate limiter middleware, policy <see cref="PolicyName"/>) and per
/// login id (<see cref="LoginIdLimiter"/>, checked by the token endpoint once it has read the body). Both are fixed
/// windows per gateway; a refused attempt is a 429 with <c>Retry-After</c>.
/// </summary>
public static class LoginRateLimits
{
    public const string PolicyName = "login";

    internal static IServiceCollection AddLoginRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<LoginIdLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LoginLimitOptions>>((options, limits) =>
        {
            options.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.Value.LoginAttemptsPerAddress,
                    Window = limits.Value.Window,
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limits.Value.Window;
                await WriteRejectedAsync(context.HttpContext, retryAfter);
            };
        });
        return services;
    }

    internal static Task WriteRejectedAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.TooManyRequests($"로그인 시도가 너무 많아요. {seconds}초 후에 다시 시도해 주세요").ExecuteAsync(context);
    }
}
