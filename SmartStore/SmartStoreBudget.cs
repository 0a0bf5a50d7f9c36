using Microsoft.Extensions.Options;
using SmartStore.Governor;

namespace SmartStore;

/// <summary>
/// What the rate governor lets this process spend on the platform application (solution-mode sellers), for callers
/// that plan their demand instead of queueing it, such as the automatic collection's cadence.
/// </summary>
public sealed class SmartStoreBudget
{
    private readonly IOptions<SmartStoreOptions> _options;
    private readonly RateGovernor _governor;

    internal SmartStoreBudget(IOptions<SmartStoreOptions> options, RateGovernor governor)
    {
        _options = options;
        _governor = governor;
    }

    /// <summary>
    /// Requests per second this process may send to <paramref name="api"/> under the platform application: the rate
    /// learned from the gateway's headers (the configured starting rate before the first answer), times this
    /// process's <see cref="IRateShare"/>, the headroom and any back-off after a 429. Zero when no platform
    /// application is configured.
    /// </summary>
    public double PlatformRatePerSecond(SmartStoreApi api)
    {
        var clientId = _options.Value.ClientId;
        return string.IsNullOrWhiteSpace(clientId) ? 0 : _governor.LocalRate(clientId, api, shared: true);
    }

    /// <summary>Requests waiting in this process's governor for <paramref name="api"/> under the platform application.</summary>
    public int PlatformWaiting(SmartStoreApi api)
    {
        var clientId = _options.Value.ClientId;
        return string.IsNullOrWhiteSpace(clientId) ? 0 : _governor.Waiting(clientId, api);
    }
}
