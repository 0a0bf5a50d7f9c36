using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Grains.Sellers;
using Microsoft.Extensions.Options;

namespace Silo.ReadModel;

/// <summary>
/// Every <see cref="CollectionOptions.RepairInterval"/>, compares stored order states with their read-model rows and
/// has each order whose row fell behind (a crash or a database error between the persist and the projection) write
/// its row again, so lists converge without waiting for a later command to that order. Each silo runs it; a repair
/// is idempotent, so two silos repairing the same order only write the same row twice.
/// </summary>
public sealed partial class ReadModelRepairService(
    IOrderReadModel readModel,
    IGrainFactory grains,
    IOptions<CollectionOptions> options,
    ILogger<ReadModelRepairService> logger) : BackgroundService
{
    private const int BatchSize = 500;

    // A transition persisted less than this ago may still be projecting; leave it to its own grain.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>Repairs one batch of stale rows; returns how many orders were repaired.</summary>
    public async Task<int> RepairOnceAsync(CancellationToken cancellationToken)
    {
        var stale = await readModel.StaleOrderIdsAsync(Grace, BatchSize, cancellationToken);
        var repaired = 0;
        foreach (var batch in stale.Chunk(16))
        {
            var calls = batch.Select(async id =>
            {
                try
                {
                    await grains.GetGrain<IOrderGrain>(OrderKey.For(id)).RepairProjectionAsync();
                    Interlocked.Increment(ref repaired);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    LogRepairFailed(logger, e, id);
                }
            });
            await Task.WhenAll(calls);
        }

        if (repaired > 0)
        {
            LogRepaired(logger, repaired);
        }

        return repaired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RepairInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RepairOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                LogSweepFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read-model repair: {Count} order rows written again from their stored state")]
    private static partial void LogRepaired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Read-model repair of order {ProductOrderId} failed; the next sweep tries again")]
    private static partial void LogRepairFailed(ILogger logger, Exception exception, string productOrderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Read-model repair sweep failed; the next sweep tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
