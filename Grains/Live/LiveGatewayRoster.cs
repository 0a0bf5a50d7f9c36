using System.Collections.Concurrent;
using Grains.Interfaces.Live;
using Microsoft.Extensions.Logging;

namespace Grains.Live;

/// <summary>
/// One silo's copy of the <see cref="ILiveDirectoryGrain"/>'s list, as <see cref="GatewayLane"/>s. It is refreshed
/// in the background every <see cref="LivePushOptions.DirectoryRefreshPeriod"/> (and soon after a gateway failed), so
/// publishing never waits on the directory except for the very first batch. A gateway whose call failed stays out
/// until the directory shows a renewal after the failure.
/// </summary>
internal sealed partial class LiveGatewayRoster
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;
    private readonly LivePushOptions _options;
    private readonly Action<int> _dropped;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _suspended = new(StringComparer.Ordinal);
    private GatewayLane[] _lanes = [];
    private Task _refreshing = Task.CompletedTask;
    private bool _loaded;
    private long _refreshDueTicks;

    public LiveGatewayRoster(IGrainFactory grains, TimeProvider time, LivePushOptions options, Action<int> dropped, ILogger logger)
    {
        _grains = grains;
        _time = time;
        _options = options;
        _dropped = dropped;
        _logger = logger;
    }

    public bool IsSuspended(string gatewayId) => _suspended.ContainsKey(gatewayId);

    /// <summary>The lanes to publish to; called by the publisher's one pump only.</summary>
    public async ValueTask<IReadOnlyList<GatewayLane>> CurrentAsync()
    {
        if (!_loaded)
        {
            // The first events of the silo wait for the list once, instead of going nowhere.
            await RefreshAsync();
        }
        else if (_time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _refreshDueTicks) && _refreshing.IsCompleted)
        {
            _refreshing = RefreshAsync();
        }

        return Volatile.Read(ref _lanes);
    }

    private async Task RefreshAsync()
    {
        try
        {
            var gateways = await _grains.GetGrain<ILiveDirectoryGrain>(LiveLease.DirectoryKey).GetGatewaysAsync();
            var current = Volatile.Read(ref _lanes).ToDictionary(l => l.Gateway.GatewayId, StringComparer.Ordinal);
            var next = new List<GatewayLane>(gateways.Length);
            foreach (var gateway in gateways)
            {
                if (_suspended.TryGetValue(gateway.GatewayId, out var failedAt) && gateway.RenewedAt <= failedAt)
                {
                    continue;
                }

                _suspended.TryRemove(gateway.GatewayId, out _);
                next.Add(current.TryGetValue(gateway.GatewayId, out var lane) && !lane.IsDead && lane.Gateway.Observer.Equals(gateway.Observer)
                    ? lane
                    : new GatewayLane(gateway, _options, _dropped, OnLaneFailed));
            }

            // Suspensions of gateways the directory forgot are over: they can only come back by registering.
            foreach (var id in _suspended.Keys.Where(id => !gateways.Any(g => g.GatewayId == id)))
            {
                _suspended.TryRemove(id, out _);
            }

            Volatile.Write(ref _lanes, [.. next]);
            ScheduleRefresh(_options.DirectoryRefreshPeriod);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogDirectoryFailed(_logger, e);
            ScheduleRefresh(RetryAfterFailure);
        }
        finally
        {
            _loaded = true;
        }
    }

    private void ScheduleRefresh(TimeSpan after) =>
        Interlocked.Exchange(ref _refreshDueTicks, (_time.GetUtcNow() + after).UtcTicks);

    private void OnLaneFailed(GatewayLane lane, Exception error)
    {
        // Compared with the directory's renewal times: a gateway that is only slow renews within a period and is back.
        _suspended[lane.Gateway.GatewayId] = _time.GetUtcNow();
        LogGatewayDropped(_logger, error, lane.Gateway.GatewayId);
        ScheduleRefresh(TimeSpan.Zero);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the live gateway directory failed; publishing to the gateways known before")]
    private static partial void LogDirectoryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {GatewayId} did not take live events; dropped until it registers again")]
    private static partial void LogGatewayDropped(ILogger logger, Exception exception, string gatewayId);
}
