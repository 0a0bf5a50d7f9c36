using System.Collections.Concurrent;
using Grains.Interfaces.Orders;

namespace Infrastructure.ReadModel;

/// <summary>
/// Turns concurrent single-row upserts into multi-row ones: each caller queues its row and waits; up to
/// <see cref="MaxWriters"/> writers drain the queue, each taking what has queued up (at most <see cref="MaxRows"/>)
/// and writing it in one statement and transaction. A lone row is written at once (no timer, no added wait); under
/// load the rows that queue while a batch is being written go together in the next one. When a batch fails, its
/// rows are written one by one, so a row only fails for its own reason.
/// </summary>
internal sealed class UpsertCoalescer
{
    /// <summary>Batches in flight at once: one being written while the next fills, and one more.</summary>
    public const int MaxWriters = 2;

    /// <summary>The most rows one statement takes.</summary>
    public const int MaxRows = 500;

    private readonly Func<IReadOnlyList<(string SellerId, OrderView Order)>, CancellationToken, Task> _writeMany;
    private readonly Func<string, OrderView, CancellationToken, Task> _writeOne;
    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _writers;

    public UpsertCoalescer(
        Func<IReadOnlyList<(string SellerId, OrderView Order)>, CancellationToken, Task> writeMany,
        Func<string, OrderView, CancellationToken, Task> writeOne)
    {
        _writeMany = writeMany;
        _writeOne = writeOne;
    }

    /// <summary>Completes when the row is written (or superseded by a later version in the same batch), or fails as its own write failed.</summary>
    public Task WriteAsync(string sellerId, OrderView order, CancellationToken cancellationToken)
    {
        var pending = new Pending(sellerId, order, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Enqueue(pending);
        StartWriterIfNeeded();

        // A caller that gives up stops waiting; its row may still be written, which the version rule makes harmless.
        return cancellationToken.CanBeCanceled ? pending.Written.Task.WaitAsync(cancellationToken) : pending.Written.Task;
    }

    private void StartWriterIfNeeded()
    {
        while (!_queue.IsEmpty)
        {
            var running = Volatile.Read(ref _writers);
            if (running >= MaxWriters)
            {
                // A running writer takes the row: it checks the queue again after its last batch.
                return;
            }

            if (Interlocked.CompareExchange(ref _writers, running + 1, running) == running)
            {
                // Off the caller's (grain's) scheduler: the writer serves every caller.
                _ = Task.Run(DrainAsync);
                return;
            }
        }
    }

    private async Task DrainAsync()
    {
        try
        {
            for (var batch = Take(); batch.Count > 0; batch = Take())
            {
                await WriteBatchAsync(batch);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _writers);

            // A row queued after the last Take, while this writer still counted as running, found no writer to start.
            StartWriterIfNeeded();
        }
    }

    private List<Pending> Take()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxRows && _queue.TryDequeue(out var pending))
        {
            batch.Add(pending);
        }

        return batch;
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        if (batch.Count > 1)
        {
            try
            {
                await _writeMany([.. batch.Select(p => (p.SellerId, p.Order))], CancellationToken.None);
                foreach (var pending in batch)
                {
                    pending.Written.TrySetResult();
                }

                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One bad row (or a deadlock, or the database) failed them all; each row gets its own answer below.
            }
        }

        foreach (var pending in batch)
        {
            try
            {
                await _writeOne(pending.SellerId, pending.Order, CancellationToken.None);
                pending.Written.TrySetResult();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                pending.Written.TrySetException(e);
            }
        }
    }

    private sealed record Pending(string SellerId, OrderView Order, TaskCompletionSource Written);
}
