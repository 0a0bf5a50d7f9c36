using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grains.Collection;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Grains.Orders;

namespace Bench;

/// <summary>
/// What the silo of the <c>sellers</c> benchmark does, seen from inside its process: every finished collection run
/// per seller (the silo's <see cref="IOrderEvents"/>, registered ahead of its own), the cadence's tick counter, and
/// the Orleans runtime's timed-out and expired requests.
/// </summary>
internal sealed class SellersProbe : IOrderEvents, IDisposable
{
    private const string OrleansMeter = "Microsoft.Orleans";
    private const string TicksInstrument = "onchannel.collection.ticks";

    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _polls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _timeouts = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();
    private long _polled;
    private long _skipped;
    private long _overlapped;
    private long _failedRuns;

    public SellersProbe()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CollectionCadence.MeterName && instrument.Name == TicksInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
            else if (instrument.Meter.Name == OrleansMeter && IsTimeout(instrument.Name))
            {
                // Listed from the start, so the report names the counters it watched even when they stay at zero.
                _timeouts.TryAdd(instrument.Name, 0);
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Measured(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Measured(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Automatic ticks counted by the cadence: polled, skipped, and overlapping a run.</summary>
    public TickCounts Ticks => new(Interlocked.Read(ref _polled), Interlocked.Read(ref _skipped), Interlocked.Read(ref _overlapped));

    /// <summary>Orleans requests that timed out or expired, by instrument, since the probe started.</summary>
    public IReadOnlyDictionary<string, long> Timeouts
    {
        get
        {
            _listener.RecordObservableInstruments();
            return new Dictionary<string, long>(_timeouts, StringComparer.Ordinal);
        }
    }

    /// <summary>Collection runs that did not succeed (SmartStore or PostgreSQL failures).</summary>
    public long FailedRuns => Interlocked.Read(ref _failedRuns);

    /// <summary>When each seller's runs finished, in order.</summary>
    public IReadOnlyList<DateTimeOffset> PollsOf(string sellerId)
    {
        if (!_polls.TryGetValue(sellerId, out var polls))
        {
            return [];
        }

        lock (polls)
        {
            return [.. polls];
        }
    }

    public Task CollectionFinishedAsync(string sellerId, CollectionRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var polls = _polls.GetOrAdd(sellerId, _ => []);
        lock (polls)
        {
            polls.Add(DateTimeOffset.UtcNow);
        }

        if (!run.Succeeded)
        {
            Interlocked.Increment(ref _failedRuns);
        }

        return Task.CompletedTask;
    }

    public Task OrderChangedAsync(string sellerId, OrderView order) => Task.CompletedTask;

    public Task PointsChangedAsync(string sellerId, long balance) => Task.CompletedTask;

    public Task SettingsChangedAsync(string sellerId, SellerSettings settings) => Task.CompletedTask;

    public void Dispose() => _listener.Dispose();

    private static bool IsTimeout(string name) =>
        name.Contains("timedout", StringComparison.OrdinalIgnoreCase)
        || name.Contains("timed-out", StringComparison.OrdinalIgnoreCase)
        || name.Contains("expired", StringComparison.OrdinalIgnoreCase);

    private void Measured(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (instrument.Meter.Name == OrleansMeter)
        {
            // An observable counter reports its running total; a plain one each increment.
            _timeouts.AddOrUpdate(instrument.Name, value, (_, total) => instrument.IsObservable ? value : total + value);
            return;
        }

        foreach (var tag in tags)
        {
            if (tag.Key == "outcome")
            {
                switch (tag.Value as string)
                {
                    case "polled":
                        Interlocked.Add(ref _polled, value);
                        break;
                    case "skipped":
                        Interlocked.Add(ref _skipped, value);
                        break;
                    default:
                        Interlocked.Add(ref _overlapped, value);
                        break;
                }
            }
        }
    }
}
