using System.Collections.Immutable;
using Grains.Common;
using Grains.Interfaces.Live;
using Microsoft.Extensions.Logging;

namespace Grains.Live;

/// <summary>
/// The gateways that receive live events, each with a lease of <see cref="LiveLease.Expiry"/> that its renewals
/// extend. Every registration is persisted (a few small writes a minute), and expired entries are dropped on the
/// next write and never listed.
/// </summary>
public sealed partial class LiveDirectoryGrain : Grain, ILiveDirectoryGrain
{
    private readonly CommittedState<LiveDirectoryState> _state;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveDirectoryGrain> _logger;

    public LiveDirectoryGrain(
        [PersistentState(StorageNames.LiveDirectoryState, StorageNames.Main)] IPersistentState<LiveDirectoryState> state,
        TimeProvider time,
        ILogger<LiveDirectoryGrain> logger)
    {
        _state = new CommittedState<LiveDirectoryState>(state);
        _time = time;
        _logger = logger;
    }

    public Task<ImmutableArray<LiveGateway>> GetGatewaysAsync() =>
        Task.FromResult(Unexpired(_time.GetUtcNow()));

    public async Task RegisterAsync(string gatewayId, ILiveObserver observer)
    {
        CheckId(gatewayId);
        ArgumentNullException.ThrowIfNull(observer);
        var now = _time.GetUtcNow();
        var known = _state.Value.Gateways.FirstOrDefault(g => g.GatewayId == gatewayId);
        var others = Unexpired(now).Where(g => g.GatewayId != gatewayId);
        await SaveAsync([.. others, new LiveGateway(gatewayId, observer, now)], now);
        if (known is null || !known.Observer.Equals(observer))
        {
            LogRegistered(_logger, gatewayId);
        }
    }

    public async Task UnregisterAsync(string gatewayId)
    {
        CheckId(gatewayId);
        if (_state.Value.Gateways.Any(g => g.GatewayId == gatewayId))
        {
            var now = _time.GetUtcNow();
            await SaveAsync([.. Unexpired(now).Where(g => g.GatewayId != gatewayId)], now);
            LogUnregistered(_logger, gatewayId);
        }
    }

    private ImmutableArray<LiveGateway> Unexpired(DateTimeOffset now) =>
        [.. _state.Value.Gateways.Where(g => now - g.RenewedAt < LiveLease.Expiry)];

    private async Task SaveAsync(ImmutableArray<LiveGateway> gateways, DateTimeOffset now)
    {
        foreach (var expired in _state.Value.Gateways.Where(g => now - g.RenewedAt >= LiveLease.Expiry))
        {
            LogExpired(_logger, expired.GatewayId, expired.RenewedAt);
        }

        await _state.SaveAsync(new LiveDirectoryState { Gateways = [.. gateways.OrderBy(g => g.GatewayId, StringComparer.Ordinal)] });
    }

    private static void CheckId(string gatewayId)
    {
        if (string.IsNullOrWhiteSpace(gatewayId) || gatewayId.Length > LiveLease.MaxGatewayIdLength)
        {
            throw new ArgumentException($"A gateway id has 1 to {LiveLease.MaxGatewayIdLength} characters.", nameof(gatewayId));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway {GatewayId} registered for live events")]
    private static partial void LogRegistered(ILogger logger, string gatewayId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway {GatewayId} unregistered from live events")]
    private static partial void LogUnregistered(ILogger logger, string gatewayId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {GatewayId} did not renew since {RenewedAt}; forgotten")]
    private static partial void LogExpired(ILogger logger, string gatewayId, DateTimeOffset renewedAt);
}
