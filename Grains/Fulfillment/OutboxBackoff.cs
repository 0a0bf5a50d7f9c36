using SmartStore;

namespace Grains.Fulfillment;

/// <summary>
/// When the outbox tries a failed write again: exponential from <see cref="Base"/>, doubled per attempt, capped at
/// <see cref="Cap"/>, with ±20% jitter so that many sellers' retries do not line up. A quota limit waits at least
/// <see cref="QuotaWait"/>: Naver counts quotas per second or per subscription round, so a quick retry only fails.
/// </summary>
public static class OutboxBackoff
{
    /// <summary>Delay before the first retry.</summary>
    public static readonly TimeSpan Base = TimeSpan.FromSeconds(1);

    /// <summary>Longest delay between two attempts.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(5);

    /// <summary>Shortest delay after <c>GW.QUOTA_LIMIT</c>.</summary>
    public static readonly TimeSpan QuotaWait = TimeSpan.FromMinutes(1);

    /// <summary>The delay after the <paramref name="attempts"/>-th failed attempt (1 = the first).</summary>
    /// <param name="attempts">Failed attempts so far, at least 1.</param>
    /// <param name="code">The failure's code.</param>
    /// <param name="jitter">A number in [0, 1), e.g. <see cref="Random.NextDouble"/>; 0.5 means no jitter.</param>
    public static TimeSpan Delay(int attempts, string? code, double jitter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = Math.Min(Cap.Ticks, Base.Ticks * Math.Pow(2, exponent));
        var delay = TimeSpan.FromTicks((long)(ticks * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1)))));
        if (delay > Cap)
        {
            delay = Cap;
        }

        return code == SmartStoreErrorCodes.GatewayQuotaLimit && delay < QuotaWait ? QuotaWait : delay;
    }
}
