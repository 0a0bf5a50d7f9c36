using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bench;

/// <summary>
/// Counts the PostgreSQL round trips this process makes, by what they do, and the time each kind kept its caller
/// waiting: Npgsql reports every command and batch as an activity carrying its text (<c>db.query.text</c>), the
/// grain storage provider's as well as the read model's. Counting starts at <see cref="Start"/>.
/// </summary>
internal sealed class IngestStatements : IDisposable
{
    /// <summary>The kinds, in report order: a round trip is the first kind whose marker its text contains.</summary>
    private static readonly (string Kind, string Marker)[] Kinds =
    [
        ("grain state read", "AS PayloadBinary"),
        ("grain state write", "NewGrainStateVersion"),
        ("read-model upsert", "INSERT INTO order_read"),
        ("read-model lookup", "order_read"),
    ];

    private const string Other = "other (reminders, membership, catalog, ledger)";

    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private volatile bool _counting;

    public IngestStatements()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Count,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Forgets what was counted so far and counts from now on.</summary>
    public void Start()
    {
        _tallies.Clear();
        _counting = true;
    }

    /// <summary>Stops counting; returns each kind's round trips and total wait, in report order, kinds never seen left out.</summary>
    public IReadOnlyList<(string Kind, long RoundTrips, TimeSpan Waited)> Stop()
    {
        _counting = false;
        return [.. Kinds.Select(k => k.Kind).Append(Other)
            .Where(_tallies.ContainsKey)
            .Select(kind => (kind, _tallies[kind].RoundTrips, TimeSpan.FromTicks(_tallies[kind].Ticks)))];
    }

    public void Dispose() => _listener.Dispose();

    private void Count(Activity activity)
    {
        // Connection opens are activities too; only commands carry a text.
        if (!_counting || activity.GetTagItem("db.query.text") is not string text)
        {
            return;
        }

        var kind = Kinds.FirstOrDefault(k => text.Contains(k.Marker, StringComparison.Ordinal)).Kind ?? Other;
        var tally = _tallies.GetOrAdd(kind, _ => new Tally());
        Interlocked.Increment(ref tally.RoundTrips);
        Interlocked.Add(ref tally.Ticks, activity.Duration.Ticks);
    }

    private sealed class Tally
    {
        public long RoundTrips;
        public long Ticks;
    }
}
