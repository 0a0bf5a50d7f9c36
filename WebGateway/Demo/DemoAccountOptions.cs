using System.ComponentModel.DataAnnotations;

namespace WebGateway.Demo;

/// <summary>
/// The demo logins the run command prints, bound from the <c>Demo</c> section (the same keys as the silo's demo
/// seeding, so one <c>Demo__Enabled=true</c> turns both on).
/// </summary>
public sealed class DemoAccountOptions
{
    public const string SectionName = "Demo";

    /// <summary><c>Demo__Enabled</c>: create the demo accounts at start.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>Demo__Sellers</c>: sellers <c>demo1..N</c>, matching the silo's demo sellers.</summary>
    [Range(1, 1000)]
    public int Sellers { get; set; } = 3;

    /// <summary><c>Demo__SellerIdPrefix</c>: the silo's prefix of demo seller ids.</summary>
    [Required, RegularExpression("^[a-z][a-z0-9_-]{0,20}$")]
    public string SellerIdPrefix { get; set; } = "demo";

    /// <summary>
    /// <c>Demo__Suppliers</c>: the supplier accounts, comma-separated; <c>demo-supplier</c> plus the suppliers of the silo's
    /// demo catalog (<c>Silo/Demo/DemoCatalog.cs</c>), so each sees the orders of its own products.
    /// </summary>
    [Required]
    public string Suppliers { get; set; } =
        "demo-supplier,demo-supplier-farm,demo-supplier-wear,demo-supplier-living,demo-supplier-baby,demo-supplier-outdoor,demo-supplier-digital";

    /// <summary><c>Demo__Password</c>: the password of every demo account (8-128 characters); required when enabled.</summary>
    public string? Password { get; set; }

    /// <summary><c>Demo__Points</c>: each demo seller's one-time top-up.</summary>
    [Range(1, 10_000_000_000)]
    public long Points { get; set; } = 1_000_000;
}
