using System.Collections.Immutable;

namespace Silo.Demo;

/// <summary>What one demo seeding pass changed, and which sellers it could not register yet.</summary>
/// <param name="ProductsCreated">Demo products added to the catalog (existing ones are left as they are).</param>
/// <param name="SellersRegistered">Demo sellers registered with their SmartStore account.</param>
/// <param name="SaleApplications">Sale applications (seller × product) added.</param>
/// <param name="AutoCollectTurnedOn">Demo sellers whose auto collection was turned on.</param>
/// <param name="PendingSellers">Demo sellers whose registration SmartStore refused this time; another pass retries.</param>
public sealed record DemoSeedReport(
    int ProductsCreated,
    int SellersRegistered,
    int SaleApplications,
    int AutoCollectTurnedOn,
    ImmutableArray<string> PendingSellers)
{
    /// <summary>True when every demo seller is registered.</summary>
    public bool Complete => PendingSellers.IsEmpty;

    /// <summary>True when the pass changed anything.</summary>
    public bool Changed => ProductsCreated + SellersRegistered + SaleApplications + AutoCollectTurnedOn > 0;
}
