using System.Collections.Immutable;

namespace Grains.Fulfillment;

/// <summary>What a <see cref="SmartStoreOutboxGrain"/> persists: the writes in progress and the recently finished ones.</summary>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreOutboxState")]
public sealed record class SmartStoreOutboxState
{
    /// <summary>Writes not finished or not yet reported, in the order they were enqueued.</summary>
    [Id(0)]
    public ImmutableArray<OutboxItem> Items { get; init; } = [];

    /// <summary>
    /// Fingerprints (<see cref="OutboxQueue.Fingerprint"/>) of the last finished writes, newest last, so that a write
    /// enqueued again after it finished is not sent a second time.
    /// </summary>
    [Id(1)]
    public ImmutableArray<string> Finished { get; init; } = [];
}
