using System.Collections.Immutable;
using Grains.Interfaces.Live;

namespace Grains.Live;

/// <summary>
/// One gateway as one silo's publisher sees it: at most one call in flight, and the events announced meanwhile wait
/// here and go together in the next call. A slow gateway therefore holds up only its own lane; one whose call fails or
/// times out is dead, its waiting events are dropped, and the roster leaves it out until it registers again.
/// </summary>
internal sealed class GatewayLane
{
    private readonly Lock _gate = new();
    private readonly Queue<LiveEvent> _pending = new();
    private readonly int _capacity;
    private readonly int _maxBatch;
    private readonly Action<int> _dropped;
    private readonly Action<GatewayLane, Exception> _failed;
    private bool _sending;
    private bool _dead;

    public GatewayLane(LiveGateway gateway, LivePushOptions options, Action<int> dropped, Action<GatewayLane, Exception> failed)
    {
        Gateway = gateway;
        _capacity = options.QueueCapacity;
        _maxBatch = options.MaxBatch;
        _dropped = dropped;
        _failed = failed;
    }

    public LiveGateway Gateway { get; }

    public bool IsDead
    {
        get
        {
            lock (_gate)
            {
                return _dead;
            }
        }
    }

    /// <summary>Queues <paramref name="events"/> and starts a call unless one is in flight; never waits.</summary>
    public void Post(IReadOnlyList<LiveEvent> events)
    {
        var overflow = 0;
        bool start;
        lock (_gate)
        {
            if (_dead)
            {
                return;
            }

            foreach (var e in events)
            {
                if (_pending.Count == _capacity)
                {
                    _pending.Dequeue();
                    overflow++;
                }

                _pending.Enqueue(e);
            }

            start = !_sending;
            _sending = true;
        }

        if (overflow > 0)
        {
            _dropped(overflow);
        }

        if (start)
        {
            _ = SendAsync();
        }
    }

    private async Task SendAsync()
    {
        while (true)
        {
            ImmutableArray<LiveEvent> batch;
            lock (_gate)
            {
                if (_dead || _pending.Count == 0)
                {
                    _sending = false;
                    return;
                }

                var builder = ImmutableArray.CreateBuilder<LiveEvent>(Math.Min(_pending.Count, _maxBatch));
                while (builder.Count < _maxBatch && _pending.TryDequeue(out var next))
                {
                    builder.Add(next);
                }

                batch = builder.MoveToImmutable();
            }

            try
            {
                await Gateway.Observer.ReceiveAsync(batch);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                int lost;
                lock (_gate)
                {
                    _dead = true;
                    _sending = false;
                    lost = batch.Length + _pending.Count;
                    _pending.Clear();
                }

                _dropped(lost);
                _failed(this, e);
                return;
            }
        }
    }
}
