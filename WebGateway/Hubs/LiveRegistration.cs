using Grains.Interfaces.Live;

namespace WebGateway.Hubs;

/// <summary>
/// Keeps this gateway in the live directory: registers its <see cref="HubLiveObserver"/> at start, renews it every
/// <see cref="LiveLease.RenewalPeriod"/>, retries while the cluster cannot be reached, and unregisters when stopping
/// so that silos stop calling it at once.
/// </summary>
/// <remarks>
/// Unregisters in <see cref="StoppingAsync"/>, which the host runs before stopping any service: the Orleans client
/// may already refuse calls by the time this service is stopped.
/// </remarks>
internal sealed partial class LiveRegistration : BackgroundService, IHostedLifecycleService
{
    private static readonly TimeSpan UnregisterTimeout = TimeSpan.FromSeconds(3);

    private readonly IClusterClient _client;
    private readonly HubLiveObserver _observer;
    private readonly LiveGatewayIdentity _identity;
    private readonly ILogger<LiveRegistration> _logger;

    // Orleans holds client objects weakly: this field keeps the observer's reference alive as long as the gateway.
    private ILiveObserver? _reference;

    public LiveRegistration(IClusterClient client, HubLiveObserver observer, LiveGatewayIdentity identity, ILogger<LiveRegistration> logger)
    {
        _client = client;
        _observer = observer;
        _identity = identity;
        _logger = logger;
    }

    private ILiveDirectoryGrain Directory => _client.GetGrain<ILiveDirectoryGrain>(LiveLease.DirectoryKey);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (true)
        {
            TimeSpan wait;
            try
            {
                _reference ??= _client.CreateObjectReference<ILiveObserver>(_observer);
                await Directory.RegisterAsync(_identity.Id, _reference).WaitAsync(stoppingToken);
                if (failures > 0)
                {
                    LogRegisteredAgain(_logger, _identity.Id, failures);
                }

                failures = 0;
                wait = LiveLease.RenewalPeriod;
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                failures++;
                LogRegistrationFailed(_logger, e, _identity.Id, failures);
                wait = TimeSpan.FromSeconds(Math.Min(failures, 5));
            }

            await Task.Delay(wait, stoppingToken);
        }
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_reference is null)
        {
            return;
        }

        try
        {
            await Directory.UnregisterAsync(_identity.Id).WaitAsync(UnregisterTimeout, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The lease then runs out by itself, and silos drop this gateway at its first failed call.
            LogUnregisterFailed(_logger, e, _identity.Id);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering gateway {GatewayId} for live events failed (attempt {Attempt}); retrying")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception, string gatewayId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway {GatewayId} registered for live events after {Failures} failed attempts")]
    private static partial void LogRegisteredAgain(ILogger logger, string gatewayId, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unregistering gateway {GatewayId} from live events failed")]
    private static partial void LogUnregisterFailed(ILogger logger, Exception exception, string gatewayId);
}
