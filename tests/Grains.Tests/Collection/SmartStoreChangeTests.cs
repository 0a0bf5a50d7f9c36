using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using SmartStoreSimulator.Control;
using Tests.Shared;

namespace Grains.Tests.Collection;

/// <summary>
/// What SmartStore changes after an order is collected reaches the order: cancel requests hold it until decided,
/// address changes refresh it, ids SmartStore leaves out are owed and then quarantined, and neither a lagging change
/// feed nor a skewed clock loses an order.
/// </summary>
[Collection(CollectionCluster.Name)]
public sealed class SmartStoreChangeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);
    private readonly CollectionFixture _fixture;

    public SmartStoreChangeTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task ARejectedOrWithdrawnCancelRequestMakesTheHeldOrderOrderableAgain()
    {
        var (seller, ids) = await SellerWithOrdersAsync(2);
        await seller.CollectAsync();
        await _fixture.Simulator.CancelAsync(ids[0], requestOnly: true);
        await _fixture.Simulator.CancelAsync(ids[1], requestOnly: true);
        await seller.CollectAsync();
        Assert.False((await seller.ViewAsync(ids[0])).Orderable);
        Assert.False((await seller.ViewAsync(ids[1])).Orderable);

        await _fixture.Simulator.RejectCancelAsync(ids[0]);
        await _fixture.Simulator.WithdrawCancelAsync(ids[1]);
        await seller.CollectAsync();

        foreach (var id in ids)
        {
            var order = await seller.ViewAsync(id);
            Assert.True(order.Orderable, $"{id}: {string.Join(", ", order.Errors.Select(e => e.Code))}");
            Assert.DoesNotContain(order.Errors, e => e.Code == OrderErrorCode.CancelRequested);
        }
    }

    [Fact]
    public async Task AutomaticCollectionHoldsACancelRequestCancelsWhenItIsDoneAndCollectsAnOrderWhoseClaimWasWithdrawn()
    {
        var (seller, ids) = await SellerWithOrdersAsync(2);
        await _fixture.Simulator.CancelAsync(ids[1], requestOnly: true);
        await _fixture.Simulator.WithdrawCancelAsync(ids[1]);
        await AutoAsync(seller, async () =>
        {
            await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, ids[1]) is { Orderable: true }, Patience, "an order first seen with a withdrawn claim is collected");
            await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, ids[0]) is not null, Patience, "the other order is collected");

            await _fixture.Simulator.CancelAsync(ids[0], requestOnly: true);
            await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[0])).Errors.Any(e => e.Code == OrderErrorCode.CancelRequested), Patience, "the cancel request holds the order");
            Assert.False((await seller.ViewAsync(ids[0])).Orderable);

            await _fixture.Simulator.CancelAsync(ids[0]);
            await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[0])).Status == OrderStatus.Canceled, Patience, "the completed cancellation cancels it");
        });
    }

    [Fact]
    public async Task ACancellationAfterPlacingIsRecordedOnTheOrder()
    {
        var (seller, ids) = await SellerWithOrdersAsync(1);
        await seller.CollectAsync();
        var number = (await seller.PlaceAsync(ids[0])).OnchOrderNo;
        Assert.NotNull(number);

        await AutoAsync(seller, async () =>
        {
            await _fixture.Simulator.CancelAsync(ids[0]);
            await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[0])).Errors.Any(e => e.Code == OrderErrorCode.CanceledAfterPlacing), Patience, "the cancellation is recorded on the placed order");
        });

        var order = await seller.ViewAsync(ids[0]);
        Assert.Equal(OrderStatus.Ordered, order.Status);
        Assert.Equal(number, order.OnchOrderNo);
    }

    [Fact]
    public async Task AnAddressChangeRefreshesTheRecipientBeforePlacingAndIsRecordedForTheSupplierAfter()
    {
        var (seller, ids) = await SellerWithOrdersAsync(3);
        await seller.CollectAsync();
        Assert.True((await seller.PlaceAsync(ids[1])).Placed);
        var placedRecipient = (await seller.ViewAsync(ids[1])).Recipient;
        var moved = new AddressChangeRequest("김이사", "010-9999-0000", "04524", "서울특별시 중구 세종대로 110", "3층");

        await AutoAsync(seller, async () =>
        {
            await _fixture.Simulator.ChangeAddressAsync(ids[0], moved);
            await _fixture.Simulator.ChangeAddressAsync(ids[1], moved);
            await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[0])).Recipient.Name == "김이사", Patience, "the waiting order ships to the new address");
            await Wait.UntilAsync(async () => (await seller.ViewAsync(ids[1])).Errors.Any(e => e.Code == OrderErrorCode.AddressChangedAfterPlacing), Patience, "the placed order records the change");
        });

        Assert.Equal(new Recipient("김이사", "010-9999-0000", "04524", "서울특별시 중구 세종대로 110 3층"), (await seller.ViewAsync(ids[0])).Recipient);
        var placed = await seller.ViewAsync(ids[1]);
        Assert.Equal(placedRecipient, placed.Recipient);
        Assert.Contains(placed.Errors, e => e.Code == OrderErrorCode.AddressChangedAfterPlacing && e.Message.Contains("세종대로 110", StringComparison.Ordinal));

        // 주문 가져오기 also sees a changed address in its listing.
        await _fixture.Simulator.ChangeAddressAsync(ids[2], moved with { Name = "박과장" });
        await seller.CollectAsync();
        Assert.Equal("박과장", (await seller.ViewAsync(ids[2])).Recipient.Name);
        Assert.True((await _fixture.ReadStore.FindAsync(seller.SellerId, ids[2]))!.Recipient.Name == "박과장");
    }

    [Fact]
    public async Task AnIdLeftOutOfTheDetailAnswerIsOwedHoldsTheCheckpointAndIsCollectedWhenSmartStoreAnswers()
    {
        var (seller, ids) = await SellerWithOrdersAsync(1);
        await _fixture.Simulator.OmitFromQueryAsync(ids, clientId: _fixture.PlatformClientId);
        try
        {
            await AutoAsync(seller, async () =>
            {
                SyncHistory? history = null;
                await Wait.UntilAsync(async () => (history = await seller.Grain.GetSyncHistoryAsync()).Owed.Any(o => o.ProductOrderId == ids[0]), Patience, "the missing id is owed");
                var owed = history!.Owed.Single();
                Assert.True(history.Checkpoint <= owed.ChangedAt, $"checkpoint {history.Checkpoint} held at or before {owed.ChangedAt}");
                Assert.Contains("다시 요청", history.LastNote, StringComparison.Ordinal);

                await _fixture.Simulator.ClearFaultsAsync();
                await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, ids[0]) is not null, Patience, "the order arrives and is collected");
                await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Owed.IsEmpty, Patience, "nothing is owed any more");
            });
        }
        finally
        {
            await _fixture.Simulator.ClearFaultsAsync();
        }
    }

    [Fact]
    public async Task AnIdSmartStoreNeverAnswersIsQuarantinedWithAReasonAndReleasesTheCheckpoint()
    {
        var (seller, ids) = await SellerWithOrdersAsync(1);
        await _fixture.Simulator.OmitFromQueryAsync(ids, clientId: _fixture.PlatformClientId);
        try
        {
            await AutoAsync(seller, async () =>
            {
                SyncHistory? history = null;
                await Wait.UntilAsync(async () => (history = await seller.Grain.GetSyncHistoryAsync()).Quarantined.Any(q => q.ProductOrderId == ids[0]), Patience, "the id is quarantined after repeated missing answers");
                Assert.Contains("스마트스토어", history!.Quarantined.Single().Reason, StringComparison.Ordinal);
                Assert.Empty(history.Owed);
                var changedAt = (await _fixture.Simulator.GetOrderAsync(ids[0])).LastChangedDate;
                await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Checkpoint > changedAt, Patience, "the checkpoint moves past it");
            });
        }
        finally
        {
            await _fixture.Simulator.ClearFaultsAsync();
        }
    }

    [Fact]
    public async Task AChangeFeedThatShowsChangesLateLosesNoOrder()
    {
        var (seller, _) = await SellerWithOrdersAsync(0);
        await _fixture.Simulator.SetFeedLagAsync(TimeSpan.FromSeconds(8));
        try
        {
            await AutoAsync(seller, async () =>
            {
                await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= 2, Patience, "automatic runs");
                var id = (await seller.AddOrdersAsync(1, seller.ProductCode!, paidAt: DateTimeOffset.UtcNow))[0];
                await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, id) is not null, Patience, "the late change is still read");
            });
        }
        finally
        {
            await _fixture.Simulator.SetFeedLagAsync(TimeSpan.Zero);
        }
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(10)]
    public async Task ASmartStoreClockAheadOfOrBehindTheSiloLosesNoOrderAndFailsNoRun(int minutes)
    {
        var (seller, _) = await SellerWithOrdersAsync(0);
        await _fixture.Simulator.SetClockOffsetAsync(TimeSpan.FromMinutes(minutes));
        try
        {
            await AutoAsync(seller, async () =>
            {
                await Wait.UntilAsync(async () => (await seller.Grain.GetSyncHistoryAsync()).Runs >= 2, Patience, "automatic runs");

                // Paid now by SmartStore's clock.
                var id = (await seller.AddOrdersAsync(1, seller.ProductCode!, paidAt: DateTimeOffset.UtcNow.AddMinutes(minutes)))[0];
                await Wait.UntilAsync(async () => await _fixture.ReadStore.FindAsync(seller.SellerId, id) is not null, Patience, "the order is collected");
                var history = await seller.Grain.GetSyncHistoryAsync();
                Assert.Null(history.LastErrorCode);
            });
        }
        finally
        {
            await _fixture.Simulator.SetClockOffsetAsync(TimeSpan.Zero);
        }
    }

    private async Task<(TestSeller Seller, List<string> Ids)> SellerWithOrdersAsync(int count)
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        seller.ProductCode = product.Code;
        return (seller, count == 0 ? [] : await seller.AddOrdersAsync(count, product.Code));
    }

    private static async Task AutoAsync(TestSeller seller, Func<Task> body)
    {
        Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false))).Accepted);
        try
        {
            await body();
        }
        finally
        {
            await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
        }
    }
}
