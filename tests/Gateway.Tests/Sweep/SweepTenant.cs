using Gateway.Tests.Seller;
using Gateway.Tests.Supplier;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;

namespace Gateway.Tests.Sweep;

/// <summary>
/// One side of the sweep's world: a seller registered on the simulator with a supplier's product applied for, two
/// collected SmartStore orders of it (one placed, so the supplier sees it; one waiting, orderable) and no points
/// left. Set up through grains; the sweep then attacks it through HTTP.
/// </summary>
internal sealed record class SweepTenant(
    TestUser Seller, TestUser Supplier, string ShopAccountId, string ProductCode, string PlacedId, string WaitingId, string OnchOrderNo)
{
    public static async Task<SweepTenant> CreateAsync(GatewayFixture fixture)
    {
        var supplier = await SellerSession.SignedInAsync(fixture, AccountRole.Supplier);
        var seller = await SellerSession.SignedInAsync(fixture, AccountRole.Seller);
        var grain = fixture.Grains.GetSeller(seller.LoginId);
        var shop = await fixture.Simulator.CreateSellerAsync();
        var registered = await grain.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, shop, null, null));
        Assert.True(registered.Accepted, $"registration refused: {registered.ErrorCode} {registered.ErrorMessage}");

        var code = PlacedOrderScenario.NewProductCode();
        var upserted = await fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).UpsertAsync(PlacedOrderScenario.Product(code, supplier.LoginId));
        Assert.True(upserted.Accepted, string.Join("; ", upserted.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty((await grain.ApplyForSaleAsync([code])).Rejected);

        var ids = await fixture.Simulator.AddOrdersAsync(shop, 2, code, "", 1, DateTimeOffset.UtcNow.AddMinutes(-5));
        var run = await grain.CollectAsync();
        Assert.True(run.Succeeded, $"collection failed: {run.ErrorCode} {run.ErrorMessage}");

        var order = await fixture.Grains.GetGrain<IOrderGrain>(OrderKey.For(ids[0])).GetAsync();
        Assert.True(order is { Orderable: true, Amount: > 0 }, $"the collected order is not orderable: {order}");
        await fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(seller.LoginId)).TopUpAsync("sweep-" + ids[0], order.Amount!.Value, "스윕 충전");
        var placed = (await grain.PlaceOrdersAsync([ids[0]]))[0];
        Assert.True(placed is { Placed: true, OnchOrderNo: not null }, $"placing refused: {placed.Error}");
        return new SweepTenant(seller, supplier, shop, code, ids[0], ids[1], placed.OnchOrderNo!);
    }
}
