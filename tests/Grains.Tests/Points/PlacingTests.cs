using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Grains.Tests.Collection;
using Orleans.Core.Internal;
using Tests.Shared;

namespace Grains.Tests.Points;

/// <summary>
/// 발주하기 through the grains on PostgreSQL and the simulator: the price from the catalog at the last second, the
/// points charged exactly once whatever is retried or interrupted, and the ledger equal to the balance after each.
/// </summary>
[Collection(CollectionCluster.Name)]
public sealed class PlacingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);
    private readonly CollectionFixture _fixture;

    public PlacingTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task PlacingChargesTheCatalogPriceOnceTakesTheStockAndHandsTheOrderToItsSupplier()
    {
        var (seller, product, ids) = await CollectedAsync(1, quantity: 2);
        await Ledger.TopUpAsync(seller, 30_000);

        var outcome = Assert.Single(await seller.Grain.PlaceOrdersAsync([ids[0]]));

        Assert.True(outcome.Placed, outcome.Error?.Message);
        Assert.Equal(((10_000 + 500) * 2) + 3_000, outcome.Amount);
        Assert.Matches(@"^ON\d{8}\d{6}$", outcome.OnchOrderNo);
        var order = await seller.ViewAsync(ids[0]);
        Assert.Equal(OrderStatus.Ordered, order.Status);
        Assert.Equal(outcome.OnchOrderNo, order.OnchOrderNo);
        Assert.Equal("supplier-1", order.SupplierId);
        Assert.NotNull(order.PlacedAt);
        Assert.Equal(98, (await Catalog(product).GetAsync())!.Options[0].Stock);
        Assert.Equal(6_000, await Ledger.AssertConsistentAsync(seller));
        Assert.Equal(1, await Ledger.ChargesAsync(seller, ids[0]));
        var entry = (await Ledger.Wallet(seller).GetLedgerAsync(10, null))[0];
        Assert.Equal(-24_000, entry.Amount);
        Assert.Equal(6_000, entry.BalanceAfter);
        Assert.Equal(ids[0], entry.ProductOrderId);
    }

    [Fact]
    public async Task PlacingTwiceAndConcurrentlyFromSeveralClientsChargesOnce()
    {
        var (seller, _, ids) = await CollectedAsync(1);
        await Ledger.TopUpAsync(seller, 100_000);
        var order = seller.Order(ids[0]);

        var outcomes = await Task.WhenAll(
            seller.Grain.PlaceOrdersAsync([ids[0]]).ContinueWith(t => t.Result[0], TaskScheduler.Default),
            seller.Grain.PlaceOrdersAsync([ids[0], ids[0]]).ContinueWith(t => t.Result[0], TaskScheduler.Default),
            order.PlaceAsync(seller.SellerId),
            order.PlaceAsync(seller.SellerId));
        var again = await order.PlaceAsync(seller.SellerId);

        Assert.All(outcomes.Append(again), o => Assert.True(o.Placed, o.Error?.Message));
        Assert.Single(outcomes.Append(again).Select(o => o.OnchOrderNo).Distinct());
        Assert.Equal(1, await Ledger.ChargesAsync(seller, ids[0]));
        Assert.Equal(100_000 - 13_500, await Ledger.AssertConsistentAsync(seller));
    }

    [Fact]
    public async Task WhenPointsRunOutTheEarlierOrdersArePlacedAndTheRestWaitAsInsufficientPoints()
    {
        var (seller, _, ids) = await CollectedAsync(3);
        await Ledger.TopUpAsync(seller, 30_000);

        var outcomes = await seller.Grain.PlaceOrdersAsync([.. ids]);

        Assert.Equal(ids, outcomes.Select(o => o.ProductOrderId));
        Assert.True(outcomes[0].Placed);
        Assert.True(outcomes[1].Placed);
        Assert.False(outcomes[2].Placed);
        Assert.Equal(TransitionErrorCode.InsufficientPoints, outcomes[2].Error?.Code);
        Assert.Equal(13_500 - 3_000, outcomes[2].PointsShort);
        var parked = await seller.ViewAsync(ids[2]);
        Assert.Equal(OrderStatus.Waiting, parked.Status);
        Assert.True(parked.Orderable);
        Assert.Contains(parked.Errors, e => e.Code == OrderErrorCode.InsufficientPoints);
        Assert.Equal(0, await Ledger.ChargesAsync(seller, ids[2]));
        Assert.Equal(3_000, await Ledger.AssertConsistentAsync(seller));
        Assert.Equal(13_500, await _fixture.ReadStore.PointsNeededAsync(seller.SellerId));
    }

    [Fact]
    public async Task ALongRequestPlacesWhatThePointsCoverInTheGivenOrderAndRefusesTheRest()
    {
        // Enough for five orders and a bit: the five are placed together, the sixth finds the balance short.
        var (seller, _, ids) = await CollectedAsync(9);
        await Ledger.TopUpAsync(seller, (13_500 * 5) + 1_000);
        var requested = ids.AsEnumerable().Reverse().ToList();

        var outcomes = await seller.Grain.PlaceOrdersAsync([.. requested]);

        Assert.Equal(requested, outcomes.Select(o => o.ProductOrderId));
        Assert.All(outcomes.Take(5), o => Assert.True(o.Placed, o.Error?.Message));
        Assert.All(outcomes.Skip(5), o => Assert.Equal(TransitionErrorCode.InsufficientPoints, o.Error?.Code));
        Assert.Equal(13_500 - 1_000, outcomes[5].PointsShort);
        Assert.Equal(5, outcomes.Select(o => o.OnchOrderNo).OfType<string>().Distinct().Count());
        foreach (var id in requested)
        {
            Assert.Equal(requested.IndexOf(id) < 5 ? 1 : 0, await Ledger.ChargesAsync(seller, id));
        }

        Assert.Equal(1_000, await Ledger.AssertConsistentAsync(seller));
    }

    [Fact]
    public async Task APriceChangeSinceCollectionIsChargedAndStockGoneSinceIsNotPlaced()
    {
        var (seller, product, ids) = await CollectedAsync(2);
        await Ledger.TopUpAsync(seller, 100_000);
        await seller.AddProductAsync(product with { SupplyPrice = 12_000 });

        var outcome = (await seller.Grain.PlaceOrdersAsync([ids[0]]))[0];
        Assert.Equal(12_000 + 500 + 3_000, outcome.Amount);

        await seller.AddProductAsync(product with { Options = [product.Options[0] with { Stock = 0 }] });
        var refused = (await seller.Grain.PlaceOrdersAsync([ids[1]]))[0];

        Assert.False(refused.Placed);
        Assert.Equal(TransitionErrorCode.NotOrderable, refused.Error?.Code);
        Assert.Equal(OrderStatus.CollectionFailed, (await seller.ViewAsync(ids[1])).Status);
        Assert.Equal(0, await Ledger.ChargesAsync(seller, ids[1]));
        Assert.Equal(100_000 - 15_500, await Ledger.AssertConsistentAsync(seller));
    }

    [Fact]
    public async Task APlacingInterruptedAfterTheChargeIsFinishedByTheOrderWithoutASecondCharge()
    {
        var (seller, _, ids) = await CollectedAsync(1);
        await Ledger.TopUpAsync(seller, 50_000);

        // The order's second write (placed, after the placement and the charge) fails, as if its silo died there.
        await using (await DatabaseFault.OnAsync(_fixture, "OrleansStorage", $"NEW.grain_type = 'order' AND NEW.grain_id_ext = 'order:{ids[0]}' AND NEW.version >= 3", "RAISE EXCEPTION 'injected failure'"))
        {
            var interrupted = (await seller.Grain.PlaceOrdersAsync([ids[0]]))[0];
            Assert.False(interrupted.Placed);
        }

        Assert.Equal(1, await Ledger.ChargesAsync(seller, ids[0]));

        // Meanwhile the product sells out: what was charged is placed all the same, and its stock stays taken.
        var product = (await _fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For((await _fixture.ReadStore.FindAsync(seller.SellerId, ids[0]))!.ProductCode)).GetAsync())!;
        await seller.AddProductAsync(product with { Status = ProductStatus.SoldOut });

        // The next activation finds the placement and finishes it.
        var order = await seller.ViewAsync(ids[0]);
        Assert.Equal(OrderStatus.Ordered, order.Status);
        Assert.Equal(1, await Ledger.ChargesAsync(seller, ids[0]));
        Assert.Equal(50_000 - 13_500, await Ledger.AssertConsistentAsync(seller));
        Assert.True((await seller.Order(ids[0]).PlaceAsync(seller.SellerId)).Placed);
        Assert.Equal(1, await Ledger.ChargesAsync(seller, ids[0]));
    }

    [Fact]
    public async Task APlacingInterruptedBeforeTheChargeIsFinishedByTheOrderAndChargedOnce()
    {
        var (seller, product, ids) = await CollectedAsync(1);
        await Ledger.TopUpAsync(seller, 50_000);

        // The stock cannot be taken (the catalog's write fails): the placement is recorded, nothing is charged.
        await using (await DatabaseFault.OnAsync(_fixture, "OrleansStorage", $"NEW.grain_type = 'catalog-product' AND NEW.grain_id_ext = 'product:{product.Code}'", "RAISE EXCEPTION 'injected failure'"))
        {
            Assert.False((await seller.Grain.PlaceOrdersAsync([ids[0]]))[0].Placed);
            Assert.Equal(0, await Ledger.ChargesAsync(seller, ids[0]));
            Assert.False((await seller.ViewAsync(ids[0])).Orderable, "a recorded placement blocks other placings");
        }

        await seller.Order(ids[0]).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[0])).Status == OrderStatus.Ordered, Patience, "the order finishes its placing");
        Assert.Equal(1, await Ledger.ChargesAsync(seller, ids[0]));
        Assert.Equal(50_000 - 13_500, await Ledger.AssertConsistentAsync(seller));
    }

    [Fact]
    public async Task ARefundThatFailedIsRetriedUntilItIsPaidOnce()
    {
        var (seller, _, ids) = await CollectedAsync(1);
        await Ledger.TopUpAsync(seller, 20_000);
        Assert.True((await seller.Grain.PlaceOrdersAsync([ids[0]]))[0].Placed);

        await using (await DatabaseFault.OnAsync(_fixture, "point_ledger", $"NEW.kind = 'Refund' AND NEW.product_order_id = '{ids[0]}'", "RAISE EXCEPTION 'injected failure'"))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => seller.Order(ids[0]).CancelAsync());
            Assert.Equal(0, await Ledger.RefundsAsync(seller, ids[0]));
        }

        // Its next activation pays what is owed (the reminder left in place would, a minute later).
        await seller.Order(ids[0]).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Wait.UntilAsync(
            async () =>
            {
                await seller.Order(ids[0]).GetAsync();
                return await Ledger.RefundsAsync(seller, ids[0]) == 1;
            },
            Patience,
            "the owed refund is paid");
        Assert.Equal(20_000, await Ledger.AssertConsistentAsync(seller));
        await seller.Order(ids[0]).CancelAsync();
        Assert.Equal(1, await Ledger.RefundsAsync(seller, ids[0]));
    }

    [Fact]
    public async Task AManualOrderIsPlacedOnceWhateverItsRequestIsRetried()
    {
        var (seller, product, _) = await CollectedAsync(0);
        await Ledger.TopUpAsync(seller, 50_000);
        var request = new ManualOrder("req-" + Guid.NewGuid().ToString("N")[..10], product.Code, "opt-1", 2,
            new Recipient("홍길동", "010-1111-2222", "06236", "서울특별시 강남구 테헤란로 1"), "부재 시 문 앞", null);

        var outcomes = await Task.WhenAll(seller.Grain.PlaceManualOrderAsync(request), seller.Grain.PlaceManualOrderAsync(request));
        var again = await seller.Grain.PlaceManualOrderAsync(request);

        Assert.All(outcomes.Append(again), o => Assert.True(o.Placed, o.Error?.Message));
        Assert.Single(outcomes.Append(again).Select(o => o.OnchOrderNo).Distinct());
        var id = OrderKey.ManualId(seller.SellerId, request.RequestId);
        var order = await seller.ViewAsync(id);
        Assert.True(order.Manual);
        Assert.Null(order.SmartStore);
        Assert.Equal(1, await Ledger.ChargesAsync(seller, id));
        Assert.Equal(50_000 - 24_000, await Ledger.AssertConsistentAsync(seller));

        var bad = await seller.Grain.PlaceManualOrderAsync(request with { RequestId = "bad id!", Quantity = 0 });
        Assert.Equal(TransitionErrorCode.InvalidInput, bad.Error?.Code);
    }

    [Fact]
    public async Task AManualOrderMadeFromACollectedOrderMarksItDuplicateSoItIsNeverPlacedAsWell()
    {
        // 최소수량 3: the collected order of 1 fails and the seller orders it by hand, with the buyer's agreement.
        var (seller, product, from) = await BelowMinimumAsync();
        await Ledger.TopUpAsync(seller, 200_000);
        var request = new ManualOrder("req-" + Guid.NewGuid().ToString("N")[..10], product.Code, "opt-1", 3,
            new Recipient("홍길동", "010-1111-2222", "06236", "서울특별시 강남구 테헤란로 1"), null, from);

        var placed = await seller.Grain.PlaceManualOrderAsync(request);
        var retried = await seller.Grain.PlaceManualOrderAsync(request);
        var another = await seller.Grain.PlaceManualOrderAsync(request with { RequestId = request.RequestId + "-2" });

        Assert.True(placed.Placed, placed.Error?.Message);
        Assert.Equal(placed.OnchOrderNo, retried.OnchOrderNo);
        Assert.False(another.Placed);
        Assert.Equal(TransitionErrorCode.NotAllowedInCurrentState, another.Error?.Code);
        Assert.Null(await _fixture.Grains.GetGrain<IOrderGrain>(OrderKey.ForManual(seller.SellerId, request.RequestId + "-2")).GetAsync());
        var source = await seller.ViewAsync(from);
        Assert.Equal(OrderStatus.CollectionFailed, source.Status);
        Assert.Contains(OrderErrorCode.Duplicate, TestSeller.Codes(source));

        // The operator lowers the minimum: the catalog re-validates the seller's orders, and the collected one stays
        // 주문 건 중복, so neither 발주하기 nor 자동 발주 can charge the buyer's order a second time.
        await seller.AddProductAsync(product with { MinQuantity = 1 });
        await Wait.UntilAsync(async () => !TestSeller.Codes(await seller.ViewAsync(from)).Contains(OrderErrorCode.MinQuantity), Patience, "the catalog change re-validates the order");
        source = await seller.ViewAsync(from);
        Assert.False(source.Orderable);
        Assert.Equal([OrderErrorCode.Duplicate], TestSeller.Codes(source));
        Assert.False(Assert.Single(await seller.Grain.PlaceOrdersAsync([from])).Placed);
        Assert.Equal(0, await Ledger.ChargesAsync(seller, from));
        Assert.Equal(1, await Ledger.ChargesAsync(seller, OrderKey.ManualId(seller.SellerId, request.RequestId)));
        await Ledger.AssertConsistentAsync(seller);
    }

    [Fact]
    public async Task AManualOrderRefusedBeforeItExistedLeavesItsCollectedOrderAsItWas()
    {
        var (seller, product, from) = await BelowMinimumAsync();
        var before = await seller.ViewAsync(from);

        // Still below the minimum: the 개별 주문 is not orderable, so it is never created.
        var refused = await seller.Grain.PlaceManualOrderAsync(new ManualOrder("req-" + Guid.NewGuid().ToString("N")[..10], product.Code, "opt-1", 1,
            new Recipient("홍길동", "010-1111-2222", "06236", "서울특별시 강남구 테헤란로 1"), null, from));

        Assert.False(refused.Placed);
        Assert.Equal(TransitionErrorCode.NotOrderable, refused.Error?.Code);
        var after = await seller.ViewAsync(from);
        Assert.Equal(TestSeller.Codes(before), TestSeller.Codes(after));
        Assert.DoesNotContain(OrderErrorCode.Duplicate, TestSeller.Codes(after));
    }

    [Fact]
    public async Task AutoOrderingPlacesAfterCollectionWithinThePolicyAndResumesParkedOrdersOnATopUp()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var cheap = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("opt-1", "기본")]));
        var dear = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("opt-1", "기본")]) with { SupplyPrice = 90_000 });
        var excluded = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("opt-1", "기본")]));
        await seller.ApplyForSaleAsync(cheap.Code, dear.Code, excluded.Code);
        Assert.True((await seller.Grain.UpdateAutoOrderPolicyAsync(new AutoOrderPolicy(0, 50_000, [excluded.Code.ToLowerInvariant()]))).Accepted);
        var paid = DateTimeOffset.UtcNow.AddMinutes(-1);
        var first = (await seller.AddOrdersAsync(1, cheap.Code, "기본", paidAt: paid.AddSeconds(-30)))[0];
        var second = (await seller.AddOrdersAsync(1, cheap.Code, "기본", paidAt: paid))[0];
        var capped = (await seller.AddOrdersAsync(1, dear.Code, "기본", paidAt: paid))[0];
        var skipped = (await seller.AddOrdersAsync(1, excluded.Code, "기본", paidAt: paid))[0];
        await Ledger.TopUpAsync(seller, 14_000);
        try
        {
            Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, true))).Accepted);
            // The points cover one of the two cheap orders: the one SmartStore lists as older goes first, the other waits.
            await Wait.UntilAsync(async () => await CountAsync(seller, [first, second], OrderStatus.Ordered) == 1, Patience, "one cheap order is placed automatically");
            await Wait.UntilAsync(
                async () => (await Task.WhenAll(seller.Order(first).GetAsync(), seller.Order(second).GetAsync())).Any(o => o?.Errors.Any(e => e.Code == OrderErrorCode.InsufficientPoints) == true),
                Patience,
                "the other waits for points");

            // Still short: later runs leave the waiting order alone (no new order number, no stock held each minute).
            var waiting = (await Task.WhenAll(seller.Order(first).GetAsync(), seller.Order(second).GetAsync())).Single(o => o!.Status == OrderStatus.Waiting)!;
            var before = (await seller.Grain.GetSyncHistoryAsync()).Runs;
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= before + 2, Patience, "two more automatic runs while short of points");
            Assert.Equal(waiting.Version, (await seller.ViewAsync(waiting.ProductOrderId)).Version);

            await Ledger.TopUpAsync(seller, 13_000);
            await Wait.UntilAsync(async () => await CountAsync(seller, [first, second], OrderStatus.Ordered) == 2, Patience, "the top-up places the parked order");
            var runs = (await seller.Grain.GetSyncHistoryAsync()).Runs;
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= runs + 2, Patience, "two more automatic runs");

            Assert.True((await seller.ViewAsync(capped)).Orderable, "over the cost cap: left for the seller");
            Assert.True((await seller.ViewAsync(skipped)).Orderable, "excluded product: left for the seller");
            Assert.Equal(0, await Ledger.AssertConsistentAsync(seller));
        }
        finally
        {
            await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
        }
    }

    [Fact]
    public async Task TheCancellationBufferKeepsAFreshlyPaidOrderFromBeingPlacedAutomatically()
    {
        var (seller, product, _) = await CollectedAsync(0);
        await Ledger.TopUpAsync(seller, 50_000);
        Assert.True((await seller.Grain.UpdateAutoOrderPolicyAsync(AutoOrderPolicy.Default)).Accepted);
        var fresh = (await seller.AddOrdersAsync(1, product.Code, "색상: 빨강", paidAt: DateTimeOffset.UtcNow))[0];
        try
        {
            await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, true));
            await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, fresh) is not null, Patience, "the order is collected");
            var runs = (await seller.Grain.GetSyncHistoryAsync()).Runs;
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= runs + 3, Patience, "three more automatic runs");

            Assert.Equal(OrderStatus.Waiting, (await seller.ViewAsync(fresh)).Status);
            Assert.Equal(50_000, await Ledger.AssertConsistentAsync(seller));
        }
        finally
        {
            await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
        }
    }

    [Fact]
    public async Task ABuyerCancellationAfterPlacingRefundsThePointsOnce()
    {
        var (seller, _, ids) = await CollectedAsync(1);
        await Ledger.TopUpAsync(seller, 20_000);
        Assert.True((await seller.Grain.PlaceOrdersAsync([ids[0]]))[0].Placed);
        await Wait.UntilAsync(async () => (await _fixture.Simulator.GetOrderAsync(ids[0])).PlaceOrderStatus == "OK", Patience, "발주확인 reaches SmartStore");

        await _fixture.Simulator.CancelAsync(ids[0]);
        await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false));
        try
        {
            await Wait.UntilAsync(async () => await Ledger.RefundsAsync(seller, ids[0]) == 1, Patience, "the cancellation refunds the points");
            var runs = (await seller.Grain.GetSyncHistoryAsync()).Runs;
            await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= runs + 2, Patience, "two more automatic runs");
        }
        finally
        {
            await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
        }

        Assert.Equal(1, await Ledger.RefundsAsync(seller, ids[0]));
        Assert.Equal(20_000, await Ledger.AssertConsistentAsync(seller));
        Assert.Contains((await seller.ViewAsync(ids[0])).Errors, e => e.Code == OrderErrorCode.CanceledAfterPlacing);
    }

    private async Task<(TestSeller Seller, Product Product, List<string> Ids)> CollectedAsync(int count, int quantity = 1)
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("opt-1", "색상: 빨강")]));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = count == 0 ? [] : await seller.AddOrdersAsync(count, product.Code, "색상: 빨강", quantity);
        if (count > 0)
        {
            await seller.CollectAsync();
        }

        return (seller, product, ids);
    }

    /// <summary>A seller with one collected order of 1 of a product whose minimum is 3 (수집실패: 최소수량).</summary>
    private async Task<(TestSeller Seller, Product Product, string ProductOrderId)> BelowMinimumAsync()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), minQuantity: 3, options: [TestSeller.Option("opt-1", "색상: 빨강")]));
        await seller.ApplyForSaleAsync(product.Code);
        var id = (await seller.AddOrdersAsync(1, product.Code, "색상: 빨강"))[0];
        await seller.CollectAsync();
        Assert.Contains(OrderErrorCode.MinQuantity, TestSeller.Codes(await seller.ViewAsync(id)));
        return (seller, product, id);
    }

    private static async Task<int> CountAsync(TestSeller seller, string[] ids, OrderStatus status) =>
        (await Task.WhenAll(ids.Select(id => seller.Order(id).GetAsync()))).Count(o => o?.Status == status);

    private ICatalogProductGrain Catalog(Product product) => _fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(product.Code));
}
