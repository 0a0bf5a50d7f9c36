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
    /// so that a change SmartStore records late is not missed; orders seen twice are de-duplicated.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(2);
}
