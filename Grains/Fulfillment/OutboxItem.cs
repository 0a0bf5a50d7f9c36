using Grains.Interfaces.Fulfillment;

namespace Grains.Fulfillment;

/// <summary>One write in a seller's outbox, from its enqueueing until its outcome is reported to the order.</summary>
/// <param name="Id">The item's own id (a request can be superseded while its item keeps its place).</param>
/// <param name="Request">What to write.</param>
/// <param name="EnqueuedAt">When it was enqueued; a dispatch is sent with this as its <c>dispatchDate</c>.</param>
/// <param name="DueAt">When it may be sent (or read back) next.</param>
/// <param name="Attempts">Failed attempts so far, for the backoff.</param>
/// <param name="InFlight">
/// Sent (or about to be) with no known outcome: it is read back before it is sent again, so a crash or a lost answer
/// never applies it twice.
/// </param>
/// <param name="LastErrorCode">The retryable failure last reported to the order, so the same one is not reported again.</param>
/// <param name="Report">An outcome the order has not acknowledged yet.</param>
/// <param name="Done">Finished (applied or refused for good): removed once <paramref name="Report"/> is delivered.</param>
[GenerateSerializer, Immutable, Alias("onch.OutboxItem")]
public sealed record class OutboxItem(
    [property: Id(0)] string Id,
    [property: Id(1)] SmartStoreWriteRequest Request,
    [property: Id(2)] DateTimeOffset EnqueuedAt,
    [property: Id(3)] DateTimeOffset DueAt,
    [property: Id(4)] int Attempts,
    [property: Id(5)] bool InFlight,
    [property: Id(6)] string? LastErrorCode,
    [property: Id(7)] SmartStoreWriteResult? Report,
    [property: Id(8)] bool Done)
{
    /// <summary>A fresh item for <paramref name="request"/>, due now.</summary>
    public static OutboxItem New(SmartStoreWriteRequest request, DateTimeOffset now) =>
        new(Guid.NewGuid().ToString("N"), request, now, now, 0, false, null, null, false);
}
