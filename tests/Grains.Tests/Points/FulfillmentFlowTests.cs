using Grains.Interfaces.Orders;
using Grains.Tests.Collection;
using Tests.Shared;

namespace Grains.Tests.Points;

/// <summary>
/// After placing: 발주확인 and the supplier's tracking number reach SmartStore once each, a later change shows as a
/// mismatch the seller can correct, 발송 지연 registers a new due date, and delivery completes the order.
/// </summary>
[Collection(CollectionCluster.Name)]
public sealed class FulfillmentFlowTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);
    private readonly CollectionFixture _fixture;

    public FulfillmentFlowTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task TheSuppliersFirstTrackingNumberIsDispatchedOnceAndALaterChangeShowsAsAMismatch()
    {
        var (seller, id) = await PlacedAsync();
        var order = seller.Order(id);
        await Wait.UntilAsync(async () => (await seller.ViewAsync(id)).SmartStore?.ConfirmedAt is not null, Patience, "발주확인 is recorded");

        Assert.Equal(TransitionErrorCode.NotFound, (await order.EnterTrackingAsync("other-supplier", new Tracking("CJGLS", "123456789012"))).Error?.Code);
        Assert.Equal(TransitionErrorCode.InvalidInput, (await order.EnterTrackingAsync("supplier-1", new Tracking("LOTTE", "123456789012"))).Error?.Code);
        Assert.True((await order.EnterTrackingAsync("supplier-1", new Tracking("CJGLS", "123456789012"))).Succeeded);
        await Wait.UntilAsync(async () => (await seller.ViewAsync(id)).SmartStore?.DispatchedAt is not null, Patience, "발송처리 is recorded");

        var sim = await _fixture.Simulator.GetOrderAsync(id);
        Assert.Equal(1, sim.ConfirmCount);
        Assert.Equal(1, sim.DispatchCount);
        Assert.Equal("123456789012", sim.TrackingNumber);
        Assert.Equal(new Tracking("CJGLS", "123456789012"), (await seller.ViewAsync(id)).SmartStoreTracking);

        // The supplier corrects its number: OnChannel keeps it, SmartStore is not sent it again.
        Assert.True((await order.EnterTrackingAsync("supplier-1", new Tracking("HANJIN", "998877665544"))).Succeeded);
        var changed = await seller.ViewAsync(id);
        Assert.Equal(new Tracking("HANJIN", "998877665544"), changed.OnchTracking);
        Assert.NotEqual(changed.OnchTracking, changed.SmartStoreTracking);

        // The seller sends the correction; SmartStore refuses a second 발송처리 and the order says so with Naver's message.
        Assert.True((await order.SendSmartStoreTrackingAsync(seller.SellerId, changed.OnchTracking!)).Succeeded);
        await Wait.UntilAsync(async () => (await seller.ViewAsync(id)).SmartStore is { NeedsPerson: true }, Patience, "SmartStore's refusal is shown");
        var refused = await seller.ViewAsync(id);
        Assert.Contains(refused.Errors, e => e.Code == OrderErrorCode.SmartStoreRejected && e.Message.Contains(refused.SmartStore!.LastErrorCode!, StringComparison.Ordinal));
        Assert.Equal(1, (await _fixture.Simulator.GetOrderAsync(id)).DispatchCount);

        // What the seller set on SmartStore by hand is recorded, and the mismatch is gone.
        Assert.True((await order.RecordSmartStoreTrackingAsync(seller.SellerId, new Tracking("HANJIN", "998877665544"))).Succeeded);
        var settled = await seller.ViewAsync(id);
        Assert.Equal(settled.OnchTracking, settled.SmartStoreTracking);

        Assert.True((await order.MarkDeliveredBySupplierAsync("supplier-1")).Succeeded);
        Assert.Equal(OrderStatus.Delivered, (await seller.ViewAsync(id)).Status);
        Assert.Equal(OrderStatus.Delivered, (await _fixture.ReadStore.FindAsync(seller.SellerId, id))!.Status);
    }

    [Fact]
    public async Task ALateOrderIsListedAndADispatchDelayRegistersANewDueDateOnSmartStore()
    {
        var (seller, id) = await PlacedAsync();
        await Wait.UntilAsync(async () => (await seller.ViewAsync(id)).SmartStore?.ConfirmedAt is not null, Patience, "발주확인 is recorded");
        var view = await seller.ViewAsync(id);
        Assert.False(OrderStateMachineLate(view, view.PlacedAt!.Value.AddHours(23)));
        Assert.True(OrderStateMachineLate(view, view.PlacedAt!.Value.AddHours(24)));
        Assert.Contains(await _fixture.ReadStore.LateShipmentsAsync(seller.SellerId, null, DateTimeOffset.UtcNow.AddSeconds(1), 100), o => o.ProductOrderId == id);
        Assert.Contains(await _fixture.ReadStore.LateShipmentsAsync(null, "supplier-1", DateTimeOffset.UtcNow.AddSeconds(1), 1000), o => o.ProductOrderId == id);

        var order = seller.Order(id);
        Assert.Equal(TransitionErrorCode.InvalidInput, (await order.RequestDispatchDelayAsync(seller.SellerId, DateTimeOffset.UtcNow.AddDays(3), "SOMETHING", "입고 지연")).Error?.Code);
        Assert.Equal(TransitionErrorCode.InvalidInput, (await order.RequestDispatchDelayAsync(seller.SellerId, DateTimeOffset.UtcNow.AddDays(-1), "PRODUCT_PREPARE", "입고 지연")).Error?.Code);
        var due = DateTimeOffset.UtcNow.AddDays(3);
        Assert.True((await order.RequestDispatchDelayAsync(seller.SellerId, due, "PRODUCT_PREPARE", "공급사 입고 지연")).Succeeded);

        await Wait.UntilAsync(async () => (await seller.ViewAsync(id)).SmartStore?.DispatchDueDate is not null, Patience, "the delay is recorded");
        Assert.Equal(1, (await _fixture.Simulator.GetOrderAsync(id)).DelayCount);
        Assert.False(OrderStateMachineLate(await seller.ViewAsync(id), view.PlacedAt!.Value.AddHours(25)));
    }

    [Fact]
    public async Task ACancellationAfterTheSupplierShippedIsLeftForAPersonWithoutARefund()
    {
        var (seller, id) = await PlacedAsync();
        var order = seller.Order(id);
        Assert.True((await order.EnterTrackingAsync("supplier-1", new Tracking("EPOST", "6090123456789"))).Succeeded);

        var canceled = await order.ApplySmartStoreChangeAsync(new SmartStoreChange(SmartStoreChangeKind.Canceled, "CANCEL_DONE", null));

        Assert.True(canceled.Succeeded);
        Assert.Equal(OrderStatus.Ordered, canceled.Order!.Status);
        Assert.Contains(canceled.Order.Errors, e => e.Code == OrderErrorCode.CanceledAfterPlacing);
        Assert.Equal(0, await Ledger.RefundsAsync(seller, id));
        Assert.Equal(20_000 - 13_500, await Ledger.AssertConsistentAsync(seller));
    }

    private static bool OrderStateMachineLate(OrderView order, DateTimeOffset now) =>
        Grains.Domain.OrderStateMachine.IsShippingLate(order, now, TimeSpan.FromHours(24));

    private async Task<(TestSeller Seller, string Id)> PlacedAsync()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("opt-1", "기본")]));
        await seller.ApplyForSaleAsync(product.Code);
        var id = (await seller.AddOrdersAsync(1, product.Code, "기본"))[0];
        await seller.CollectAsync();
        await Ledger.TopUpAsync(seller, 20_000);
        var placed = (await seller.Grain.PlaceOrdersAsync([id]))[0];
        Assert.True(placed.Placed, placed.Error?.Message);
        return (seller, id);
    }
}
