using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grains.Sellers;
using Microsoft.Extensions.Options;
using SmartStore;

namespace Grains.Collection;

/// <summary>
/// The silo's side of the automatic collection's cadence (meter <see cref="MeterName"/>): which solution-mode sellers
/// tick here, busy or quiet, and the <see cref="CadencePlan"/> that keeps their polls of SmartStore's change feed
/// within what the rate governor lets this silo spend on it (<see cref="SmartStoreBudget"/>, already this silo's
/// share of the platform application). Each silo budgets its own sellers and its own share, so several silos stay
/// within the application's limit together. Replanned at most once a second; a seller that stops ticking drops out
/// after a few periods.
/// </summary>
public sealed class CollectionCadence
{
    public const string MeterName = "OnChannel.Collection";

    private static readonly TimeSpan ReplanEvery = TimeSpan.FromSeconds(1);

    private readonly SmartStoreBudget _budget;
    private readonly IOptions<CollectionOptions> _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Seen> _sellers = new(StringComparer.Ordinal);
    private readonly Counter<long> _ticks;
    private readonly Lock _replanning = new();
    private volatile Snapshot _snapshot = new(CadencePlan.EveryTick, 0, 0, 0, DateTimeOffset.MinValue);

    public CollectionCadence(SmartStoreBudget budget, IOptions<CollectionOptions> options, TimeProvider time, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _budget = budget;
        _options = options;
        _time = time;
        var meter = meters.Create(MeterName);
        _ticks = meter.CreateCounter<long>(
            "onchannel.collection.ticks", unit: "{tick}",
            description: "Automatic collection ticks, by outcome (polled: read SmartStore; skipped: the cadence let it pass; overlapped: a run had just read the changes)");
        meter.CreateObservableGauge(
            "onchannel.collection.cadence.sellers", () => Sellers(_snapshot), unit: "{seller}",
            description: "Solution-mode sellers ticking on this silo, by class (busy, quiet)");
        meter.CreateObservableGauge(
            "onchannel.collection.cadence.interval", () => Intervals(_snapshot), unit: "{tick}",
            description: "Reminder ticks between two polls of a seller, by class (busy, quiet)");
        meter.CreateObservableGauge(
            "onchannel.collection.cadence.budget", () => _snapshot.PollsPerSecond, unit: "{call}/s",
            description: "Change-feed polls per second the cadence plans for on this silo");
    }

    /// <summary>The plan in force, and the counts and budget it was made from.</summary>
    public CadenceStatus Status
    {
        get
        {
            var snapshot = _snapshot;
            return new CadenceStatus(snapshot.Plan, snapshot.Busy, snapshot.Quiet, snapshot.PollsPerSecond);
        }
    }

    /// <summary>
    /// A seller ticks now, <paramref name="busy"/> or quiet: it is counted for the next plan, and gets the plan in force.
    /// </summary>
    public CadencePlan Ticking(string sellerKey, bool busy)
    {
        var now = _time.GetUtcNow();
        _sellers[sellerKey] = new Seen(now, busy);
        var snapshot = _snapshot;
        if (now - snapshot.PlannedAt >= ReplanEvery && _replanning.TryEnter())
        {
            try
            {
                snapshot = Replan(now);
                _snapshot = snapshot;
            }
            finally
            {
                _replanning.Exit();
            }
        }

        return snapshot.Plan;
    }

    /// <summary>Counts one automatic tick by what became of it.</summary>
    public void Ticked(TickOutcome outcome) =>
        _ticks.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
        {
            TickOutcome.Polled => "polled",
            TickOutcome.Skipped => "skipped",
            _ => "overlapped",
        }));

    private Snapshot Replan(DateTimeOffset now)
    {
        var options = _options.Value;
        var period = options.AutoCollectPeriod;
        var forgetBefore = now - (period * 3);
        int busy = 0, quiet = 0;
        foreach (var (key, seen) in _sellers)
        {
            if (seen.At < forgetBefore)
            {
                _sellers.TryRemove(new KeyValuePair<string, Seen>(key, seen));
            }
            else if (seen.Busy)
            {
                busy++;
            }
            else
            {
                quiet++;
            }
        }

        // Polls still queued in the governor come out of the next period's budget, so a backlog drains instead of
        // growing (ticks of a seller whose run waits in the queue would only overlap it).
        var pollsPerSecond = _budget.PlatformRatePerSecond(SmartStoreApi.LastChangedStatuses) * options.CadenceBudgetShare;
        var backlog = _budget.PlatformWaiting(SmartStoreApi.LastChangedStatuses);
        var pollsPerTick = Math.Max(0, (pollsPerSecond * period.TotalSeconds) - backlog);
        var plan = CadencePolicy.Plan(busy, quiet, pollsPerTick, options.CadenceQuietShare);
        return new Snapshot(plan, busy, quiet, pollsPerSecond, now);
    }

    private static IEnumerable<Measurement<int>> Sellers(Snapshot snapshot) =>
        [new(snapshot.Busy, Class("busy")), new(snapshot.Quiet, Class("quiet"))];

    private static IEnumerable<Measurement<double>> Intervals(Snapshot snapshot) =>
        [new(snapshot.Plan.BusyInterval, Class("busy")), new(snapshot.Plan.QuietInterval, Class("quiet"))];

    private static KeyValuePair<string, object?> Class(string name) => new("class", name);

    private readonly record struct Seen(DateTimeOffset At, bool Busy);

    private sealed record Snapshot(CadencePlan Plan, int Busy, int Quiet, double PollsPerSecond, DateTimeOffset PlannedAt);
}
