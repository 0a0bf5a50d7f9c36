using Grains.Sellers;

namespace Grains.Collection;

/// <summary>
/// Window and checkpoint arithmetic of automatic collection. SmartStore's clock, not the silo's, says how far its
/// change feed is complete: the checkpoint is bounded by the answer's <c>timestamp</c> less the feed's lag, and the
/// next range starts an overlap before it, so a change recorded late or stamped by a skewed clock is still read.
/// </summary>
public static class CollectionWindow
{
    /// <summary>
    /// The range to read at <paramref name="now"/> (the silo's clock) from <paramref name="checkpoint"/>. A first run
    /// and a checkpoint older than the window read the whole window; a silo clock behind the checkpoint never makes
    /// the range end before it starts.
    /// </summary>
    public static CollectionRange Plan(DateTimeOffset? checkpoint, DateTimeOffset now, CollectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var earliest = now - options.Window;
        if (checkpoint is not { } reached)
        {
            return new CollectionRange(earliest, now, Resynchronized: false);
        }

        if (reached < earliest)
        {
            return new CollectionRange(earliest, now, Resynchronized: true);
        }

        var from = reached - options.Overlap;
        if (from < earliest)
        {
            from = earliest;
        }

        return new CollectionRange(from, now < from ? from : now, Resynchronized: false);
    }

    /// <summary>
    /// The checkpoint after reading <paramref name="range"/> completely. <paramref name="serverTime"/> is the answer's
    /// <c>timestamp</c> (SmartStore's clock; null when it sent none): changes are complete up to the earlier of it and
    /// the range's end, less <see cref="CollectionOptions.FeedLag"/>. <paramref name="heldAt"/> is the earliest change
    /// whose order is still owed (an id SmartStore listed but did not answer), which the checkpoint may not pass. The
    /// checkpoint follows SmartStore's clock even backwards: a checkpoint ahead of SmartStore would skip its changes.
    /// </summary>
    public static DateTimeOffset Advance(CollectionRange range, DateTimeOffset? serverTime, DateTimeOffset? heldAt, CollectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(options);
        var complete = serverTime is { } server && server < range.To ? server : range.To;
        var next = complete - options.FeedLag;
        return heldAt is { } held && held < next ? held : next;
    }

    /// <summary>
    /// How far SmartStore's clock (<paramref name="serverTime"/>, an answer's <c>timestamp</c>) is ahead of the silo's
    /// <paramref name="localNow"/>; zero when it is behind, so a range read "up to now" never ends before the silo's now.
    /// </summary>
    public static TimeSpan Ahead(DateTimeOffset serverTime, DateTimeOffset localNow)
    {
        var ahead = serverTime - localNow;
        return ahead > TimeSpan.Zero ? ahead : TimeSpan.Zero;
    }
}
