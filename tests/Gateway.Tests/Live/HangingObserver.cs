using System.Collections.Immutable;
using Grains.Interfaces.Live;

namespace Gateway.Tests.Live;

/// <summary>A gateway that stopped answering: its calls never complete while <see cref="Hang"/> is on.</summary>
public sealed class HangingObserver : ILiveObserver
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public bool Hang { get; set; } = true;

    public int Calls => Volatile.Read(ref _calls);

    public Task ReceiveAsync(ImmutableArray<LiveEvent> events)
    {
        Interlocked.Increment(ref _calls);
        return Hang ? _released.Task : Task.CompletedTask;
    }

    /// <summary>Completes the calls still hanging (at the end of a test).</summary>
    public void Release() => _released.TrySetResult();
}
