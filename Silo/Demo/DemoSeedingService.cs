namespace Silo.Demo;

/// <summary>
/// Runs the <see cref="DemoSeeder"/> once the silo is active (it is registered after Orleans, so it starts after the
/// silo joined the cluster), again with backoff until every demo seller is registered or the host stops. Registration
/// verifies a SmartStore token, so it waits for the simulator to be up.
/// </summary>
public sealed partial class DemoSeedingService(DemoSeeder seeder, ILogger<DemoSeedingService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstDelay;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var report = await seeder.SeedAsync(stoppingToken);
                if (report.Complete)
                {
                    LogSeeded(logger, attempt, report.Changed);
                    return;
                }

                LogPending(logger, attempt, string.Join(", ", report.PendingSellers), delay.TotalSeconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A silo that has only just joined, or a database blip: the next pass picks up where this one stopped.
                LogFailed(logger, e, attempt, delay.TotalSeconds);
            }

            await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data in place after {Attempts} attempt(s) (changed: {Changed})")]
    private static partial void LogSeeded(ILogger logger, int attempts, bool changed);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Demo seeding attempt {Attempt}: sellers {PendingSellers} not registered yet (is the SmartStore simulator up?); retrying in {DelaySeconds} s")]
    private static partial void LogPending(ILogger logger, int attempt, string pendingSellers, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo seeding attempt {Attempt} failed; retrying in {DelaySeconds} s")]
    private static partial void LogFailed(ILogger logger, Exception exception, int attempt, double delaySeconds);
}
