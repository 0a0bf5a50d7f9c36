using System.ComponentModel.DataAnnotations;

namespace Grains.Sellers;

/// <summary>How automatic collection is scheduled; bound from the <c>Collection</c> configuration section.</summary>
public sealed class CollectionOptions
{
    public const string SectionName = "Collection";

    /// <summary>Period of each seller's collection reminder (<c>Collection__AutoCollectPeriod</c>), default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AutoCollectPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
