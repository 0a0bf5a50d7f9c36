namespace WebGateway.Extensions;

/// <summary>
/// Keeps trying to reach the cluster at start instead of failing the process: in a deployment the gateway may
/// start before any silo, and readiness reports the difference meanwhile.
/// </summary>
internal sealed partial class KeepRetryingConnectionFilter(ILogger<KeepRetryingConnectionFilter> logger) : IClientConnectionRetryFilter
{
    private int _attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempt);
        LogRetry(logger, attempt, exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
        return !cancellationToken.IsCancellationRequested;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster not reachable yet (attempt {Attempt}): {Reason}; retrying")]
    private static partial void LogRetry(ILogger logger, int attempt, string reason);
}
