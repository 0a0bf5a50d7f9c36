namespace SmartStore.Governor;

/// <summary>
/// This process's token bucket for one (application, API): it refills at the local share of the application's
/// rate and hands permits to waiting sellers in round-robin order, so a seller with thousands of queued calls
/// gets one permit per turn like everyone else. Waiters queue in two lanes: every waiting
/// <see cref="SmartStorePriority.Interactive"/> call gets a permit before any <see cref="SmartStorePriority.Background"/>
/// one, so a person pressing a button is not served after thousands of queued reminder ticks; inside each lane the
/// round robin between sellers stays.
/// </summary>
internal sealed class GovernedBucket
{
    private const double MinimumRate = 0.1;
    private const double MinimumBackoff = 0.1;
    private const double RecoveryStep = 0.05;

    private readonly Lock _gate = new();
    private readonly Func<double> _share;
    private readonly double _headroom;
    private readonly double _burstSeconds;
    private readonly TimeProvider _time;
    private readonly Lane _interactive = new();
    private readonly Lane _background = new();
    private double _applicationRate;
    private double _backoff = 1.0;
    private double _tokens;
    private long _lastRefill;
    private bool _pumping;

    public GovernedBucket(double startingRate, Func<double> share, double headroom, double burstSeconds, TimeProvider time)
    {
        _applicationRate = startingRate;
        _share = share;
        _headroom = headroom;
        _burstSeconds = burstSeconds;
        _time = time;
        _lastRefill = time.GetTimestamp();

        // Start with a single permit: until the gateway's headers arrive the starting rate is only a guess, and a
        // full bucket at a guessed rate in every silo at once is exactly a 429 storm.
        _tokens = 1;
    }

    /// <summary>Permits per second this process currently issues for the bucket.</summary>
    public double LocalRate
    {
        get
        {
            var share = Math.Clamp(_share(), 0.001, 1.0);
            return Math.Max(MinimumRate, _applicationRate * share * _headroom * _backoff);
        }
    }

    /// <summary>The application's rate as last configured or reported by the gateway.</summary>
    public double ApplicationRate
    {
        get
        {
            lock (_gate)
            {
                return _applicationRate;
            }
        }
    }

    private double Capacity => Math.Max(1, LocalRate * _burstSeconds);

    /// <summary>Requests waiting for a permit in both lanes (cancelled ones count until the pump skips them).</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _interactive.Count + _background.Count;
            }
        }
    }

    public Task AcquireAsync(SmartStoreCaller caller, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_gate)
        {
            Refill();
            var lane = caller.Priority == SmartStorePriority.Interactive ? _interactive : _background;

            // A call may skip the queue only when nobody of its own or a higher priority is waiting.
            var aheadWaiting = lane.HasWaiters || (lane == _background && _interactive.HasWaiters);
            if (!aheadWaiting && _tokens >= 1)
            {
                _tokens -= 1;
                return Task.CompletedTask;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lane.Enqueue(caller.SellerKey ?? string.Empty, waiter);
            if (!_pumping)
            {
                // On the thread pool, not on the caller's scheduler: called from a grain, the pump would otherwise
                // run inside that activation and stall with it, while it serves every grain of the process.
                _pumping = true;
                _ = Task.Run(PumpAsync, CancellationToken.None);
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            // A cancelled waiter stays queued and is skipped by the pump without spending a permit.
            var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            _ = waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return waiter.Task;
    }

    /// <summary>Feeds back what the gateway said: its reported rate, the remaining shared tokens, and 429s.</summary>
    public void OnResponse(bool rateLimited, double? reportedRate, double? remaining)
    {
        lock (_gate)
        {
            Refill();
            if (reportedRate is > 0)
            {
                _applicationRate = reportedRate.Value;
            }

            if (rateLimited)
            {
                _backoff = Math.Max(MinimumBackoff, _backoff * 0.5);
                _tokens = Math.Min(_tokens, 0);
            }
            else
            {
                _backoff = Math.Min(1.0, _backoff + RecoveryStep);

                // The gateway bucket is shared by every process of the application: when it is empty, others are
                // spending it, so this process waits for a fresh permit instead of bursting.
                if (remaining is <= 0)
                {
                    _tokens = Math.Min(_tokens, 0);
                }
            }

            _tokens = Math.Min(_tokens, Capacity);
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_lastRefill, now).TotalSeconds;
        _lastRefill = now;
        _tokens = Math.Min(Capacity, _tokens + (elapsed * LocalRate));
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                Refill();
                while (_tokens >= 1 && (_interactive.HasWaiters || _background.HasWaiters))
                {
                    var lane = _interactive.HasWaiters ? _interactive : _background;
                    if (lane.GrantNext())
                    {
                        _tokens -= 1;
                    }
                }

                if (!_interactive.HasWaiters && !_background.HasWaiters)
                {
                    _pumping = false;
                    return;
                }

                wait = TimeSpan.FromSeconds(Math.Max(0.001, (1 - _tokens) / LocalRate));
            }

            await Task.Delay(wait, _time);
        }
    }

    /// <summary>The waiters of one priority, a queue per seller and the sellers' turns; guarded by the bucket's lock.</summary>
    private sealed class Lane
    {
        private readonly Dictionary<string, Queue<TaskCompletionSource>> _queues = [];

        // Sellers with at least one waiting request, in the order they get their next permit.
        private readonly Queue<string> _turns = new();

        public bool HasWaiters => _turns.Count > 0;

        public int Count => _queues.Values.Sum(queue => queue.Count);

        public void Enqueue(string sellerKey, TaskCompletionSource waiter)
        {
            if (!_queues.TryGetValue(sellerKey, out var queue))
            {
                queue = new Queue<TaskCompletionSource>();
                _queues[sellerKey] = queue;
            }

            if (queue.Count == 0)
            {
                _turns.Enqueue(sellerKey);
            }

            queue.Enqueue(waiter);
        }

        /// <summary>Gives the next seller in turn one permit; false when all its waiters had been cancelled.</summary>
        public bool GrantNext()
        {
            var seller = _turns.Dequeue();
            var queue = _queues[seller];
            var granted = false;
            while (!granted && queue.Count > 0)
            {
                granted = queue.Dequeue().TrySetResult();
            }

            if (queue.Count > 0)
            {
                _turns.Enqueue(seller);
            }
            else
            {
                _queues.Remove(seller);
            }

            return granted;
        }
    }
}
