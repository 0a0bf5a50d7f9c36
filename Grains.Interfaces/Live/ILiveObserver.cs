using System.Collections.Immutable;

namespace Grains.Interfaces.Live;

/// <summary>
/// A gateway's receiver of live events (an object reference of the gateway process, not a grain). Every silo's
/// publisher calls it directly with batches; the gateway fans them out to its hub's groups.
/// </summary>
[Alias("onch.ILiveObserver")]
public interface ILiveObserver : IGrainObserver
{
    /// <summary>
    /// Delivers a batch of events in the order they were announced on one silo. Returns once the hub has them; an
    /// answer slower than the timeout counts as a dead gateway for the publisher.
    /// </summary>
    [Alias("Receive"), ResponseTimeout("00:00:05")]
    Task ReceiveAsync(ImmutableArray<LiveEvent> events);
}
