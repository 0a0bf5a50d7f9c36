using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Orleans.Core.Internal;
using Tests.Shared;

namespace Grains.Tests.Collection;

[Collection(CollectionCluster.Name)]
public sealed class ManualCollectionTests
{
    private readonly CollectionFixture _fixture;

    public ManualCollectionTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task CollectionChecksEveryRuleAndSummarizesWhatItDid()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var good = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("red", "색상: 빨강"), TestSeller.Option("blue", "색상: 파랑")]));
        var notApplied = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var minimum = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), minQuantity: 3));
        var soldOut = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), ProductStatus.SoldOut));
        var unknown = TestSeller.NewProductCode();
        await seller.ApplyForSaleAsync(good.Code, minimum.Code, soldOut.Code);

        var orderable = (await seller.AddOrdersAsync(1, good.Code, "색상:  빨강"))[0];
        var mismatch = (await seller.AddOrdersAsync(1, good.Code, "색상: 초록"))[0];
        var saleNotApplied = (await seller.AddOrdersAsync(1, notApplied.Code))[0];
        var belowMinimum = (await seller.AddOrdersAsync(1, minimum.Code, quantity: 2))[0];
        var soldOutOrder = (await seller.AddOrdersAsync(1, soldOut.Code))[0];
        var notInCatalog = (await seller.AddOrdersAsync(1, unknown))[0];
        var notOurs = await seller.AddOrdersAsync(2, "NV-12345");
        var tooOld = (await seller.AddOrdersAsync(1, good.Code, "색상: 빨강", paidAt: DateTimeOffset.UtcNow.AddDays(-6).AddHours(-1)))[0];
        var justInside = (await seller.AddOrdersAsync(1, good.Code, "색상: 파랑", paidAt: DateTimeOffset.UtcNow.AddDays(-6).AddHours(1)))[0];

        var summary = await seller.CollectAsync();

        Assert.Equal(new CollectionSummary(Collected: 7, Orderable: 2, NeedsOption: 1, Failed: 4, Skipped: 2, AlreadyKnown: 0), summary);
        var ok = await seller.ViewAsync(orderable);
        Assert.True(ok.Orderable);
        Assert.Equal(OrderStatus.Waiting, ok.Status);
        Assert.Equal("red", ok.OptionId);
        Assert.Equal(((10_000 + 500) * 1) + 3_000, ok.Amount);
        Assert.Equal(good.Name, ok.ProductName);
        Assert.True((await seller.ViewAsync(justInside)).Orderable);

        var option = await seller.ViewAsync(mismatch);
        Assert.Equal(OrderStatus.Waiting, option.Status);
        Assert.Equal([OrderErrorCode.OptionMismatch], TestSeller.Codes(option));
        Assert.Equal("오류 확인 옵션을 다시 선택해 주세요", option.Errors[0].Message);
        Assert.Equal([OrderErrorCode.SaleNotApplied], TestSeller.Codes(await seller.ViewAsync(saleNotApplied)));
        Assert.Equal("판매 신청 미 등록 오류", (await seller.ViewAsync(saleNotApplied)).Errors[0].Message);
        Assert.Equal([OrderErrorCode.MinQuantity], TestSeller.Codes(await seller.ViewAsync(belowMinimum)));
        Assert.Equal([OrderErrorCode.SoldOutOrDiscontinued], TestSeller.Codes(await seller.ViewAsync(soldOutOrder)));
        Assert.Equal([OrderErrorCode.SoldOutOrDiscontinued], TestSeller.Codes(await seller.ViewAsync(notInCatalog)));
        foreach (var id in new[] { saleNotApplied, belowMinimum, soldOutOrder, notInCatalog })
        {
            Assert.Equal(OrderStatus.CollectionFailed, (await seller.ViewAsync(id)).Status);
        }

        Assert.Null(await seller.Order(tooOld).GetAsync());
        Assert.Null(await seller.Order(notOurs[0]).GetAsync());

        var page = await _fixture.ReadStore.ListAsync(seller.SellerId, OrderStatus.CollectionFailed);
        Assert.Equal(4, page.Orders.Length);
        Assert.Equal(4, page.Counts[OrderStatus.CollectionFailed]);
        Assert.Equal(3, page.Counts[OrderStatus.Waiting]);
        var history = await seller.Grain.GetSyncHistoryAsync();
        Assert.Equal(summary, history.LastSummary);
        Assert.False(history.LastRunAutomatic);
        Assert.Null(history.LastErrorCode);
    }

    [Fact]
    public async Task ThreeCollectionsRequestedAtOnceRunInTurnAndKeepOneOrderWithoutResettingIt()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = await seller.AddOrdersAsync(5, product.Code);

        // The seller's collection grain takes one run at a time: the three requests queue, the first collects.
        var runs = await Task.WhenAll(seller.Grain.CollectAsync(), seller.Grain.CollectAsync(), seller.Grain.CollectAsync());

        Assert.All(runs, run => Assert.True(run.Succeeded));
        Assert.Equal(5, runs.Sum(run => run.Summary.Collected));
        Assert.Equal(10, runs.Sum(run => run.Summary.AlreadyKnown));
        var deleted = await seller.Order(ids[0]).DeleteAsync(seller.SellerId);
        Assert.True(deleted.Succeeded);

        var again = await seller.CollectAsync();

        Assert.Equal(new CollectionSummary(0, 0, 0, 0, 0, 5), again);
        Assert.Equal(OrderStatus.Deleted, (await seller.ViewAsync(ids[0])).Status);
        Assert.Equal(2, (await seller.ViewAsync(ids[0])).Version);
        var page = await _fixture.ReadStore.ListAsync(seller.SellerId, null);
        Assert.Equal(5, page.Orders.Length);
        Assert.Equal(4, page.Counts[OrderStatus.Waiting]);
        Assert.Equal(1, page.Counts[OrderStatus.Deleted]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnOrderAlreadyCollectedByAnotherSellerAccountIsADuplicate(bool freshActivations)
    {
        // One SmartStore account cannot be registered twice; a second OnChannel account reaching the same shop through
        // the shop's own application is how a duplicate arises.
        var first = await TestSeller.CreateAsync(_fixture);
        var (clientId, clientSecret) = await _fixture.Simulator.CreateApplicationAsync(ownerAccountId: first.AccountId);
        var second = await TestSeller.CreateOwnAsync(_fixture, first.AccountId, clientId, clientSecret);
        var product = await first.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var ids = await first.AddOrdersAsync(2, product.Code);
        Assert.Equal(2, (await first.CollectAsync()).Collected);
        foreach (var id in freshActivations ? ids : [])
        {
            // The second account's collection is then the first call of fresh activations: they assume new orders,
            // their inserts are refused, and they answer from the stored state.
            await first.Order(id).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        }

        var summary = await second.CollectAsync();

        Assert.Equal(new CollectionSummary(0, 0, 0, 2, 0, 0), summary);
        Assert.Equal(first.SellerId, await first.Order(ids[0]).GetSellerIdAsync());
        Assert.Empty((await _fixture.ReadStore.ListAsync(second.SellerId, null)).Orders);
        Assert.Equal(2, (await _fixture.ReadStore.ListAsync(first.SellerId, null)).Orders.Length);
        Assert.Equal(1, await TestPostgres.ScalarAsync<int>(
            _fixture.ConnectionString, "SELECT max(version) FROM OrleansStorage WHERE grain_type = 'order' AND grain_id_ext = ANY(@keys)", ("keys", ids.Select(OrderKey.For).ToArray())));
        Assert.Equal(TransitionErrorCode.NotFound, (await second.Order(ids[0]).DeleteAsync(second.SellerId)).Error?.Code);
    }

    [Fact]
    public async Task ACancelRequestSeenByALaterCollectionHoldsTheWaitingOrder()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = await seller.AddOrdersAsync(2, product.Code);
        await seller.CollectAsync();

        await _fixture.Simulator.CancelAsync(ids[0], requestOnly: true);
        var again = await seller.CollectAsync();

        Assert.Equal(2, again.AlreadyKnown);
        var held = await seller.ViewAsync(ids[0]);
        Assert.Equal(OrderStatus.Waiting, held.Status);
        Assert.False(held.Orderable);
        Assert.Contains(held.Errors, e => e.Code == OrderErrorCode.CancelRequested && e.Message.Contains("CANCEL_REQUEST", StringComparison.Ordinal));
        Assert.True((await seller.ViewAsync(ids[1])).Orderable);
        Assert.Equal(TransitionErrorCode.NotOrderable, (await seller.Order(ids[0]).PlaceAsync(seller.SellerId)).Error?.Code);
    }

    [Fact]
    public async Task AFailedCollectionIsRecordedWithNaversTraceId()
    {
        var accountId = await _fixture.Simulator.CreateSellerAsync();
        var (clientId, clientSecret) = await _fixture.Simulator.CreateApplicationAsync(ownerAccountId: accountId);
        var seller = _fixture.Grains.GetSeller("trace-" + Guid.NewGuid().ToString("N")[..12]);
        Assert.True((await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Own, null, clientId, clientSecret))).Accepted);
        await _fixture.Simulator.InjectErrorAsync(clientId, "product-orders", 403, "GW.IP_NOT_ALLOWED", count: 10);

        var run = await seller.CollectAsync();

        Assert.False(run.Succeeded);
        Assert.Equal("GW.IP_NOT_ALLOWED", run.ErrorCode);
        Assert.False(string.IsNullOrEmpty(run.TraceId));
        var history = await seller.GetSyncHistoryAsync();
        Assert.Equal("GW.IP_NOT_ALLOWED", history.LastErrorCode);
        Assert.Equal(run.TraceId, history.LastErrorTraceId);
        Assert.Equal(history.LastRunAt, history.LastErrorAt);
        Assert.NotNull(history.LastDuration);
        Assert.Null(history.Checkpoint);
    }

    [Fact]
    public async Task TheSellerCanBeReadWhileACollectionWaitsOnSmartStore()
    {
        var accountId = await _fixture.Simulator.CreateSellerAsync();
        var (clientId, clientSecret) = await _fixture.Simulator.CreateApplicationAsync(ownerAccountId: accountId);
        var seller = _fixture.Grains.GetSeller("slow-" + Guid.NewGuid().ToString("N")[..12]);
        Assert.True((await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Own, null, clientId, clientSecret))).Accepted);
        await _fixture.Simulator.InjectLatencyAsync(clientId, "product-orders", latencyMs: 1500);

        var collecting = seller.CollectAsync();
        var reading = Task.WhenAll(seller.GetSettingsAsync(), seller.GetSyncHistoryAsync(), seller.GetSmartStoreAccountAsync());

        Assert.Same(reading, await Task.WhenAny(reading, collecting));
        Assert.True((await collecting).Succeeded);
    }

    [Fact]
    public async Task CollectingWithoutARegisteredSmartStoreSaysSo()
    {
        var run = await _fixture.Grains.GetSeller("unregistered-" + Guid.NewGuid().ToString("N")[..8]).CollectAsync();

        Assert.False(run.Succeeded);
        Assert.Equal("NotRegistered", run.ErrorCode);
    }
}
