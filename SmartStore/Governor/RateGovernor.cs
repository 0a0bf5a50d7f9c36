using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartStore.Internal;

namespace SmartStore.Governor;

/// <summary>
/// Paces every request of this process per (application, API). The platform application's budget is split
/// between processes through <see cref="IRateShare"/>; an own application belongs to one seller, whose grain
/// runs in one process at a time, so it keeps its whole budget.
/// </summary>
internal sealed class RateGovernor(
    IOptions<SmartStoreOptions> options,
    IRateShare share,
    TimeProvider time,
    ILogger<RateGovernor> logger)
{
    public const string ReplenishRateHeader = "GNCP-GW-RateLimit-Replenish-Rate";
    public const string RemainingHeader = "GNCP-GW-RateLimit-Remaining";

    private readonly ConcurrentDictionary<(string ApplicationId, SmartStoreApi Api), GovernedBucket> _buckets = new();

    public Task AcquireAsync(GovernorTicket ticket, CancellationToken cancellationToken) =>
        Bucket(ticket).AcquireAsync(ticket.Caller, cancellationToken);

    public void Observe(GovernorTicket ticket, HttpResponseMessage response)
    {
        var rateLimited = (int)response.StatusCode == 429;
        var bucket = Bucket(ticket);
        bucket.OnResponse(rateLimited, Header(response, ReplenishRateHeader), Header(response, RemainingHeader));
        if (rateLimited)
        {
            SmartStoreLog.RateLimited(logger, ticket.ApplicationId, ticket.Api, bucket.LocalRate);
        }
    }

    /// <summary>
    /// Permits per second this process currently issues to <paramref name="applicationId"/> for <paramref name="api"/>:
    /// the learned (or starting) rate times this process's share, the headroom and any 429 back-off.
    /// </summary>
    public double LocalRate(string applicationId, SmartStoreApi api, bool shared) =>
        Bucket(new GovernorTicket(applicationId, shared, api, SmartStoreCaller.Background(applicationId))).LocalRate;

    /// <summary>Requests waiting for a permit of <paramref name="applicationId"/> for <paramref name="api"/>.</summary>
    public int Waiting(string applicationId, SmartStoreApi api) =>
        _buckets.TryGetValue((applicationId, api), out var bucket) ? bucket.Waiting : 0;

    /// <summary>Waiting requests per API over every application, each API listed even when nothing waits.</summary>
    public IEnumerable<(SmartStoreApi Api, int Waiting)> QueueLengths()
    {
        var waiting = Enum.GetValues<SmartStoreApi>().ToDictionary(api => api, _ => 0);
        foreach (var ((_, api), bucket) in _buckets)
        {
            waiting[api] += bucket.Waiting;
        }

        return waiting.Select(pair => (pair.Key, pair.Value));
    }

    private GovernedBucket Bucket(GovernorTicket ticket) =>
        _buckets.GetOrAdd((ticket.ApplicationId, ticket.Api), key =>
        {
            var settings = options.Value;
            Func<double> fraction = ticket.Shared ? () => share.Fraction : static () => 1.0;
            return new GovernedBucket(settings.StartingRateFor(key.Api), fraction, settings.Headroom, settings.BurstSeconds, time);
        });

    private static double? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
