using Orleans.Concurrency;

namespace Grains.Interfaces.Fulfillment;

/// <summary>
/// One seller's SmartStore writes (발주확인, 발송처리, 발송 지연), keyed like the seller. A write is durable once
/// <see cref="EnqueueAsync"/> returns; the outbox sends it in batches with retries and backoff, reads back before
/// resending a write whose outcome is unknown, and reports each outcome to its order
/// (<c>IOrderGrain.RecordSmartStoreWriteAsync</c>), so every write is applied on SmartStore exactly once.
/// </summary>
[Alias("onch.ISmartStoreOutboxGrain")]
public interface ISmartStoreOutboxGrain : IGrainWithStringKey
{
    /// <summary>Adds a write (idempotent: the same order and kind with the same content is kept once).</summary>
    [Alias("Enqueue")]
    Task EnqueueAsync(SmartStoreWriteRequest request);

    /// <summary>The writes not yet finished.</summary>
    [Alias("GetPending"), AlwaysInterleave]
    Task<System.Collections.Immutable.ImmutableArray<SmartStoreWriteRequest>> GetPendingAsync();
}
