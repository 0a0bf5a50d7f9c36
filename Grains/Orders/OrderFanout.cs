using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Microsoft.Extensions.Logging;

namespace Grains.Orders;

/// <summary>Calls many order grains with a bounded number of calls in flight.</summary>
internal static partial class OrderFanout
{
    /// <summary>How many order grain calls one grain keeps in flight.</summary>
    public const int Parallelism = 16;

    /// <summary>
    /// Runs <paramref name="call"/> on the grain of each id; returns the results in input order, with the exception
    /// of each call that failed.
    /// </summary>
    public static async Task<IReadOnlyList<(string Id, T? Result, Exception? Error)>> RunAsync<T>(
        IGrainFactory grains, IReadOnlyList<string> productOrderIds, Func<IOrderGrain, string, Task<T>> call)
    {
        var results = new (string Id, T? Result, Exception? Error)[productOrderIds.Count];
        for (var start = 0; start < productOrderIds.Count; start += Parallelism)
        {
            var end = Math.Min(start + Parallelism, productOrderIds.Count);
            var batch = new Task[end - start];
            for (var i = start; i < end; i++)
            {
                var index = i;
                batch[i - start] = Invoke(index);
            }

            await Task.WhenAll(batch);
        }

        return results;

        async Task Invoke(int index)
        {
            var id = productOrderIds[index];
            try
            {
                results[index] = (id, await call(grains.GetGrain<IOrderGrain>(OrderKey.For(id)), id), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                results[index] = (id, default, e);
            }
        }
    }

    /// <summary>
    /// Validates the orders again; returns how many answered and the ids whose call failed (logged), which the caller
    /// keeps in a backlog and retries so that no order stays validated against an old catalog or sale application.
    /// </summary>
    public static async Task<(int Done, ImmutableArray<string> Failed)> RevalidateAsync(
        IGrainFactory grains, IReadOnlyList<string> productOrderIds, ILogger logger)
    {
        var results = await RunAsync(grains, productOrderIds, (order, _) => order.RevalidateAsync());
        var done = 0;
        var failed = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, _, error) in results)
        {
            if (error is null)
            {
                done++;
            }
            else
            {
                failed.Add(id);
                LogRevalidationFailed(logger, error, id);
            }
        }

        return (done, failed.ToImmutable());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-validating order {ProductOrderId} failed; it is retried from the backlog")]
    private static partial void LogRevalidationFailed(ILogger logger, Exception exception, string productOrderId);
}
