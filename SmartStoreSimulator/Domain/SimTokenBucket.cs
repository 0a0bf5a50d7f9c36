namespace SmartStoreSimulator.Domain;

/// <summary>Naver's limiter: a token bucket refilling at the rate, holding twice the rate as burst.</summary>
internal sealed class SimTokenBucket
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private double _tokens;
    private long _lastRefill;

    public SimTokenBucket(double rate, TimeProvider time)
    {
        _time = time;
        Rate = rate;
        _tokens = Capacity;
        _lastRefill = time.GetTimestamp();
    }

    public double Rate { get; private set; }

    public double Capacity => Rate * 2;

    public (bool Allowed, int Remaining) TryTake()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(Capacity, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * Rate));
            _lastRefill = now;
            if (_tokens < 1)
            {
                return (false, 0);
            }

            _tokens -= 1;
            return (true, (int)Math.Floor(_tokens));
        }
    }

    public void SetRate(double rate)
    {
        lock (_gate)
        {
            Rate = rate;
            _tokens = Math.Min(_tokens, Capacity);
        }
    }
}
