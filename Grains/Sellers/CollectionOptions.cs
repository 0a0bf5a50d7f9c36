using System.ComponentModel.DataAnnotations;

namespace Grains.Sellers;

/// <summary>How orders are collected; bound from the <c>Collection</c> configuration section.</summary>
public sealed class CollectionOptions
{
    public const string SectionName = "Collection";

    /// <summary>Period of each seller's collection reminder (<c>Collection__AutoCollectPeriod</c>), default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AutoCollectPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How far back orders are collected, by payment time (<c>Collection__Window</c>), default 6 days: the window of
    /// 주문 가져오기 and the start of a seller's first automatic collection.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(6);

    /// <summary>
    /// How far before its checkpoint an automatic collection starts reading changes again (<c>Collection__Overlap</c>),
    /// so that a change stamped just before the checkpoint is not missed; orders seen twice are de-duplicated.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How late a change may appear in SmartStore's change feed after the time it is stamped with
    /// (<c>Collection__FeedLag</c>): the checkpoint stays this far behind SmartStore's clock, so a change the feed
    /// shows late is still read.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan FeedLag { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many runs in a row may find a listed product order missing from SmartStore's detail answer before it is
    /// quarantined with a visible reason (<c>Collection__MissingDetailAttempts</c>); until then it holds the checkpoint.
    /// </summary>
    [Range(1, 100)]
    public int MissingDetailAttempts { get; set; } = 5;

    /// <summary>
    /// How long a seller's automatic runs that find nothing may keep their progress in memory only
    /// (<c>Collection__QuietPersistInterval</c>): quiet ticks write no grain state; a lost in-memory checkpoint only
    /// means reading a little again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan QuietPersistInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after a run that found changes a seller counts as busy (<c>Collection__BusyFor</c>), default 10
    /// minutes. When the change-feed budget does not cover a poll per seller per tick, busy sellers are polled before
    /// quiet ones (see <see cref="CadenceQuietShare"/>); with a budget that covers everyone, every tick polls.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan BusyFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The least share of a silo's change-feed budget kept for quiet sellers when the budget is short
    /// (<c>Collection__CadenceQuietShare</c>), default 0.5. It bounds how long any seller waits for a poll: at most
    /// <c>sellers / (min(share, 1 - share) x polls per period)</c> periods, where polls per period is the budget times
    /// <see cref="AutoCollectPeriod"/>.
    /// </summary>
    [Range(0.1, 0.9)]
    public double CadenceQuietShare { get; set; } = 0.5;

    /// <summary>
    /// The fraction of the rate governor's change-feed (<c>last-changed-statuses</c>) rate for this silo that automatic
    /// ticks plan to use (<c>Collection__CadenceBudgetShare</c>), default 1: the governor's rate already has its
    /// headroom and is this silo's share of the platform application. Lower it to leave room for other callers of the
    /// same API.
    /// </summary>
    [Range(0.1, 1.0)]
    public double CadenceBudgetShare { get; set; } = 1.0;

    /// <summary>
    /// How often each silo compares stored order states with their read-model rows and repairs the rows that fell
    /// behind (<c>Collection__RepairInterval</c>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RepairInterval { get; set; } = TimeSpan.FromMinutes(1);
}
