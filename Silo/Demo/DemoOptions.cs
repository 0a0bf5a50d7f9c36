using System.ComponentModel.DataAnnotations;

namespace Silo.Demo;

/// <summary>
/// Demo data seeded into a fresh system (<c>Demo</c> configuration section): the demo catalog and sellers
/// <c>demo1..demoN</c> registered for the SmartStore accounts of the simulator's order generator.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Demo";

    /// <summary>Whether the silo seeds demo data at start (<c>Demo__Enabled</c>); off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>How many demo sellers to register (<c>Demo__Sellers</c>); the generator must have as many accounts.</summary>
    [Range(1, 1000)]
    public int Sellers { get; set; } = 3;

    /// <summary>Demo seller ids are this prefix and a number: <c>demo1</c>, <c>demo2</c>...</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9_-]{0,40}$")]
    public string SellerIdPrefix { get; set; } = "demo";

    /// <summary>
    /// Prefix of the SmartStore account ids, followed by a four-digit number: the simulator's generator accounts
    /// (<c>gen-seller-0001</c>...).
    /// </summary>
    [Required, MinLength(1)]
    public string SmartStoreAccountPrefix { get; set; } = "gen-seller-";
}
