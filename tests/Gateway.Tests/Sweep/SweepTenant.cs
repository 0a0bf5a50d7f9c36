using Gateway.Tests.Operator;
using Gateway.Tests.Supplier;
using Grains.Interfaces.Sellers;

namespace Gateway.Tests.Sweep;

/// <summary>
/// One side of the sweep's world: a supplier's product, and a seller registered on the simulator who applied for it,
/// with two collected SmartStore orders of it: one placed (so the supplier sees it), one waiting and orderable, and
/// no points left. Set up through grains (<see cref="PlacedOrderScenario"/>); the sweep then attacks it through HTTP.
/// </summary>
internal sealed record class SweepTenant(
    TestUser Seller, TestUser Supplier, string ShopAccountId, string ProductCode, string PlacedId, string WaitingId, string OnchOrderNo)
{
    public static async Task<SweepTenant> CreateAsync(GatewayFixture fixture)
    {
        var placed = await PlacedOrderScenario.CreateAsync(fixture);
        var waiting = (await fixture.Simulator.AddOrdersAsync(placed.ShopAccountId, 1, placed.ProductCode, "", 1, DateTimeOffset.UtcNow.AddMinutes(-5)))[0];
        var run = await fixture.Grains.GetSeller(placed.SellerId).CollectAsync();
        Assert.True(run is { Succeeded: true, Summary.Collected: 1 }, $"collecting the waiting order failed: {run.ErrorCode} {run.ErrorMessage}");

        // The scenario made the seller's account directly; the sweep only needs its token, not its password.
        var seller = await TestTokens.ForAsync(fixture, placed.SellerId, "");
        return new SweepTenant(seller, placed.Supplier, placed.ShopAccountId, placed.ProductCode, placed.ProductOrderId, waiting, placed.OnchOrderNo);
    }
}
