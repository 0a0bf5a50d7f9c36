using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

public sealed class OrderStateMachineTests
{
    private static readonly Tracking CjTracking = new("CJGLS", "123456789012");

    private static void AssertChanged(TransitionResult result, OrderData before)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.True(result.Changed);
        Assert.Equal(before.Version + 1, result.State.Version);
        Assert.Equal(Later, result.State.UpdatedAt);
    }

    // Collect

    [Fact]
    public void CollectingANewOrderCreatesItAtVersionOne()
    {
        var result = OrderStateMachine.Collect(null, Order(quantity: 2), Context(Product()), Collected);

        Assert.True(result.Succeeded);
        Assert.True(result.Created);
        var order = result.State!;
        Assert.Equal(1, order.Version);
        Assert.Equal(Collected, order.CollectedAt);
        Assert.Equal(Collected, order.UpdatedAt);
        Assert.Equal(OrderStatus.Waiting, order.Status);
        Assert.True(order.Orderable);
        Assert.Equal("opt-red", order.OptionId);
        Assert.Equal(((10_000 + 1_000) * 2) + 3_000, order.Amount);
        Assert.Equal("무선 이어폰", order.ProductName);
        Assert.Equal("https://img.example.com/CH0000123.jpg", order.ProductImageUrl);
        Assert.Equal(Buyer, order.Recipient);
        Assert.Equal("seller-1", order.SellerId);
    }

    [Fact]
    public void CollectingAnOrderTheCatalogDoesNotKnowKeepsTheSmartStoreName()
    {
        var order = CollectedWith(Context(null));

        Assert.Equal(OrderStatus.CollectionFailed, order.Status);
        Assert.Equal("스마트스토어 이어폰", order.ProductName);
        Assert.Equal(string.Empty, order.ProductImageUrl);
        Assert.Null(order.Amount);
    }

    [Fact]
    public void CollectingAnOrderWithFailedChecksRecordsTheReasons()
    {
        var order = CollectedWith(Context(Product(), saleApplied: false), optionText: "없는 옵션");

        Assert.Equal(OrderStatus.CollectionFailed, order.Status);
        Assert.False(order.Orderable);
        Assert.Equal([OrderErrorCode.OptionMismatch, OrderErrorCode.SaleNotApplied], Codes(order.Errors));
        Assert.Null(order.OptionId);
        Assert.Null(order.Amount);
    }

    [Fact]
    public void CollectingAnOrderNeedingAnOptionMakesItWaitingButNotOrderable()
    {
        var order = CollectedWith(Context(Product()), optionText: "없는 옵션");

        Assert.Equal(OrderStatus.Waiting, order.Status);
        Assert.False(order.Orderable);
    }

    [Theory]
    [InlineData(OrderStatus.Waiting)]
    [InlineData(OrderStatus.Ordered)]
    [InlineData(OrderStatus.Deleted)]
    public void CollectingAKnownOrderAgainNeverResetsIt(OrderStatus status)
    {
        var existing = InStatus(status);

        var result = OrderStateMachine.Collect(existing, Order(optionText: "다른 옵션"), Context(null), Later);

        Assert.True(result.Succeeded);
        Assert.False(result.Created);
        Assert.Same(existing, result.State);
    }

    [Theory]
    [InlineData("", "2026112600001", Code)]
    [InlineData("seller-1", " ", Code)]
    [InlineData("seller-1", "2026112600001", "ABC")]
    public void CollectingMalformedFactsIsRefused(string sellerId, string productOrderId, string code)
    {
        var facts = Order(code: code) with { SellerId = sellerId, ProductOrderId = productOrderId };

        var result = OrderStateMachine.Collect(null, facts, Context(null), Collected);

        Assert.False(result.Succeeded);
        Assert.Null(result.State);
        Assert.Equal(TransitionErrorCode.InvalidInput, result.Error?.Code);
    }

    // A 개별 주문 made from a collected order

    [Fact]
    public void AnOrderReplacedByAManualOrderIsADuplicateForGoodAndOnlyThatRequestCanRepeatOrUndoIt()
    {
        var order = Orderable();

        var replaced = OrderStateMachine.ReplaceByManual(order, "req-1", Context(Product()), Later);
        var again = OrderStateMachine.ReplaceByManual(replaced.State, "req-1", Context(Product()), Later);
        var other = OrderStateMachine.ReplaceByManual(replaced.State, "req-2", Context(Product()), Later);
        var revalidated = OrderStateMachine.Revalidate(replaced.State, Context(Product()), Later.AddMinutes(1));
        var releasedByOther = OrderStateMachine.ReleaseManualReplacement(replaced.State, "req-2", Context(Product()), Later);
        var released = OrderStateMachine.ReleaseManualReplacement(replaced.State, "req-1", Context(Product()), Later);

        AssertChanged(replaced, order);
        Assert.Equal(OrderStatus.CollectionFailed, replaced.State.Status);
        Assert.False(replaced.State.Orderable);
        Assert.Equal([OrderErrorCode.Duplicate], replaced.State.Errors.Select(e => e.Code));
        Assert.False(again.Changed);
        Assert.True(again.Succeeded);
        Assert.Equal(TransitionErrorCode.NotAllowedInCurrentState, other.Error?.Code);
        Assert.False(revalidated.Changed);
        Assert.False(releasedByOther.Changed);
        Assert.True(released.State.Orderable);
        Assert.Null(released.State.ReplacedBy);
    }

    [Fact]
    public void APlacedOrderCannotBeReplacedByAManualOrder()
    {
        var placed = InStatus(OrderStatus.Ordered);

        var result = OrderStateMachine.ReplaceByManual(placed, "req-1", Context(Product()), Later);

        Assert.Equal(TransitionErrorCode.AlreadyPlaced, result.Error?.Code);
        Assert.Same(placed, result.State);
    }

    // Revalidate

    [Fact]
    public void ApplyingForSaleMakesASaleNotAppliedOrderOrderable()
    {
        var failed = CollectedWith(Context(Product(), saleApplied: false));

        var result = OrderStateMachine.Revalidate(failed, Context(Product(), saleApplied: true), Later);

        AssertChanged(result, failed);
        Assert.Equal(OrderStatus.Waiting, result.State.Status);
        Assert.True(result.State.Orderable);
        Assert.Empty(result.State.Errors);
        Assert.Equal(10_000 + 1_000 + 3_000, result.State.Amount);
    }

    [Fact]
    public void ACatalogChangeToSoldOutFailsAWaitingOrder()
    {
        var waiting = Orderable();

        var result = OrderStateMachine.Revalidate(waiting, Context(Product(status: ProductStatus.SoldOut)), Later);

        AssertChanged(result, waiting);
        Assert.Equal(OrderStatus.CollectionFailed, result.State.Status);
        Assert.Equal([OrderErrorCode.SoldOutOrDiscontinued], Codes(result.State.Errors));
        Assert.Null(result.State.Amount);
    }

    [Fact]
    public void ACatalogChangeUpdatesNameImageAndExpectedAmount()
    {
        var waiting = Orderable();
        var renamed = Product() with { Name = "새 이름", ImageUrl = "https://img.example.com/new.jpg", SupplyPrice = 20_000 };

        var result = OrderStateMachine.Revalidate(waiting, Context(renamed), Later);

        AssertChanged(result, waiting);
        Assert.Equal("새 이름", result.State.ProductName);
        Assert.Equal("https://img.example.com/new.jpg", result.State.ProductImageUrl);
        Assert.Equal(20_000 + 1_000 + 3_000, result.State.Amount);
    }

    [Fact]
    public void RevalidatingWithNothingNewChangesNothing()
    {
        var waiting = Orderable();

        AssertUnchanged(OrderStateMachine.Revalidate(waiting, Context(Product()), Later), waiting);
    }

    [Fact]
    public void RevalidatingAFailedOrderWithNothingNewChangesNothing()
    {
        var failed = CollectedWith(Context(Product(), saleApplied: false), optionText: "없는 옵션");

        AssertUnchanged(OrderStateMachine.Revalidate(failed, Context(Product(), saleApplied: false), Later), failed);
    }

    [Fact]
    public void ANewlyRememberedOptionResolvesAWaitingOrderOnRevalidation()
    {
        var needsOption = CollectedWith(Context(Product()), optionText: "빨강 (RED)");

        var result = OrderStateMachine.Revalidate(needsOption, Context(Product(), remembered: "opt-red"), Later);

        AssertChanged(result, needsOption);
        Assert.True(result.State.Orderable);
        Assert.Equal("opt-red", result.State.OptionId);
    }

    [Fact]
    public void RevalidatingKeepsTheInsufficientPointsNoticeOnAWaitingOrder()
    {
        var shortOfPoints = Succeed(OrderStateMachine.MarkInsufficientPoints(Orderable(), Later));
        var renamed = Product() with { Name = "새 이름" };

        var result = OrderStateMachine.Revalidate(shortOfPoints, Context(renamed), Later.AddMinutes(1));

        Assert.True(result.Changed);
        Assert.Equal([OrderErrorCode.InsufficientPoints], Codes(result.State.Errors));
        Assert.True(result.State.Orderable);
    }

    [Theory]
    [InlineData(OrderStatus.Ordered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Delivered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Canceled, TransitionErrorCode.NotAllowedInCurrentState)]
    [InlineData(OrderStatus.Deleted, TransitionErrorCode.NotAllowedInCurrentState)]
    public void RevalidatingAfterPlacingOrEndingIsRefused(OrderStatus status, TransitionErrorCode code)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.Revalidate(order, Context(Product(status: ProductStatus.SoldOut)), Later), order, code);
    }

    // ChooseOption

    [Fact]
    public void ChoosingAnOptionMakesAMismatchedOrderOrderable()
    {
        var needsOption = CollectedWith(Context(Product()), optionText: "빨강 (RED)");

        var result = OrderStateMachine.ChooseOption(needsOption, "opt-blue", Context(Product()), Later);

        AssertChanged(result, needsOption);
        Assert.Equal(OrderStatus.Waiting, result.State.Status);
        Assert.True(result.State.Orderable);
        Assert.Equal("opt-blue", result.State.OptionId);
        Assert.Equal("opt-blue", result.State.ChosenOptionId);
        Assert.Equal(10_000 + 3_000, result.State.Amount);
    }

    [Fact]
    public void ChoosingAnOptionOnAFailedOrderKeepsTheOtherFailures()
    {
        var failed = CollectedWith(Context(Product(), saleApplied: false), optionText: "빨강 (RED)");

        var result = OrderStateMachine.ChooseOption(failed, "opt-red", Context(Product(), saleApplied: false), Later);

        AssertChanged(result, failed);
        Assert.Equal(OrderStatus.CollectionFailed, result.State.Status);
        Assert.Equal([OrderErrorCode.SaleNotApplied], Codes(result.State.Errors));
    }

    [Fact]
    public void TheChosenOptionSurvivesLaterRevalidation()
    {
        var chosen = Succeed(OrderStateMachine.ChooseOption(Orderable(), "opt-blue", Context(Product()), Later));

        var result = OrderStateMachine.Revalidate(chosen, Context(Product() with { Name = "새 이름" }), Later.AddMinutes(1));

        Assert.Equal("opt-blue", result.State.OptionId);
    }

    [Fact]
    public void ChoosingAnOptionThatIsSoldOutFailsTheOrder()
    {
        var product = Product(options: [Red(), Blue(stock: 0)]);
        var waiting = CollectedWith(Context(product));

        var result = OrderStateMachine.ChooseOption(waiting, "opt-blue", Context(product), Later);

        AssertChanged(result, waiting);
        Assert.Equal(OrderStatus.CollectionFailed, result.State.Status);
        Assert.Equal([OrderErrorCode.SoldOutOrDiscontinued], Codes(result.State.Errors));
    }

    [Fact]
    public void ChoosingNoOptionResolvesAProductWithoutOptions()
    {
        var needsOption = CollectedWith(Context(ProductWithoutOptions()), optionText: "기본");

        var result = OrderStateMachine.ChooseOption(needsOption, OrderValidator.NoOptionId, Context(ProductWithoutOptions()), Later);

        AssertChanged(result, needsOption);
        Assert.True(result.State.Orderable);
        Assert.Null(result.State.OptionId);
    }

    [Fact]
    public void ChoosingAnOptionTheProductDoesNotHaveIsRefused()
    {
        var waiting = Orderable();

        AssertRefused(
            OrderStateMachine.ChooseOption(waiting, "opt-green", Context(Product()), Later), waiting, TransitionErrorCode.UnknownOption);
    }

    [Fact]
    public void ChoosingAnOptionForAnUnknownProductIsRefused()
    {
        var failed = CollectedWith(Context(null));

        AssertRefused(
            OrderStateMachine.ChooseOption(failed, "opt-red", Context(null), Later), failed, TransitionErrorCode.UnknownProduct);
    }

    [Theory]
    [InlineData(OrderStatus.Ordered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Delivered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Canceled, TransitionErrorCode.NotAllowedInCurrentState)]
    [InlineData(OrderStatus.Deleted, TransitionErrorCode.NotAllowedInCurrentState)]
    public void ChoosingAnOptionAfterPlacingOrEndingIsRefused(OrderStatus status, TransitionErrorCode code)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.ChooseOption(order, "opt-blue", Context(Product()), Later), order, code);
    }

    // Place

    [Fact]
    public void PlacingAnOrderableOrderRecordsTheOrderNumberAndAmount()
    {
        var waiting = Orderable();

        var result = OrderStateMachine.Place(waiting, "ON-20261126-1", 14_000, Later);

        AssertChanged(result, waiting);
        Assert.Equal(OrderStatus.Ordered, result.State.Status);
        Assert.Equal("ON-20261126-1", result.State.OnchOrderNo);
        Assert.Equal(14_000, result.State.Amount);
        Assert.Equal(Later, result.State.PlacedAt);
        Assert.False(result.State.Orderable);
        Assert.True(result.State.IsPlaced);
    }

    [Fact]
    public void PlacingClearsTheInsufficientPointsNotice()
    {
        var shortOfPoints = Succeed(OrderStateMachine.MarkInsufficientPoints(Orderable(), Later));

        var result = OrderStateMachine.Place(shortOfPoints, "ON-1", 14_000, Later.AddMinutes(1));

        Assert.True(result.Succeeded);
        Assert.Empty(result.State.Errors);
    }

    [Theory]
    [InlineData(OrderStatus.Ordered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Delivered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Canceled, TransitionErrorCode.NotAllowedInCurrentState)]
    [InlineData(OrderStatus.Deleted, TransitionErrorCode.NotAllowedInCurrentState)]
    [InlineData(OrderStatus.CollectionFailed, TransitionErrorCode.NotOrderable)]
    public void PlacingAnOrderThatIsNotWaitingIsRefused(OrderStatus status, TransitionErrorCode code)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.Place(order, "ON-2", 14_000, Later), order, code);
    }

    [Fact]
    public void PlacingADeletedOrderIsRefused()
    {
        var deleted = InStatus(OrderStatus.Deleted);

        var result = OrderStateMachine.Place(deleted, "ON-2", 14_000, Later);

        AssertRefused(result, deleted, TransitionErrorCode.NotAllowedInCurrentState);
        Assert.Contains("삭제", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlacingTwiceIsRefusedAndKeepsTheFirstOrderNumber()
    {
        var placed = Succeed(OrderStateMachine.Place(Orderable(), "ON-1", 14_000, Later));

        var result = OrderStateMachine.Place(placed, "ON-2", 14_000, Later.AddMinutes(1));

        AssertRefused(result, placed, TransitionErrorCode.AlreadyPlaced);
        Assert.Equal("ON-1", result.State.OnchOrderNo);
        Assert.Contains("ON-1", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlacingAnOrderNeedingAnOptionIsRefusedWithTheReason()
    {
        var needsOption = CollectedWith(Context(Product()), optionText: "없는 옵션");

        var result = OrderStateMachine.Place(needsOption, "ON-1", 14_000, Later);

        AssertRefused(result, needsOption, TransitionErrorCode.NotOrderable);
        Assert.Contains("오류 확인 옵션을 다시 선택해 주세요", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 14_000)]
    [InlineData("  ", 14_000)]
    [InlineData("ON-1", 0)]
    [InlineData("ON-1", -5)]
    public void PlacingWithoutAnOrderNumberOrAPositiveAmountIsRefused(string onchOrderNo, long amount)
    {
        var waiting = Orderable();

        AssertRefused(OrderStateMachine.Place(waiting, onchOrderNo, amount, Later), waiting, TransitionErrorCode.InvalidInput);
    }

    // MarkInsufficientPoints

    [Fact]
    public void InsufficientPointsKeepsTheOrderWaitingAndOrderableWithANotice()
    {
        var waiting = Orderable();

        var result = OrderStateMachine.MarkInsufficientPoints(waiting, Later);

        AssertChanged(result, waiting);
        Assert.Equal(OrderStatus.Waiting, result.State.Status);
        Assert.True(result.State.Orderable);
        Assert.Null(result.State.OnchOrderNo);
        var notice = Assert.Single(result.State.Errors);
        Assert.Equal(new OrderError(OrderErrorCode.InsufficientPoints, "포인트 부족"), notice);
    }

    [Fact]
    public void MarkingInsufficientPointsTwiceChangesNothing()
    {
        var shortOfPoints = Succeed(OrderStateMachine.MarkInsufficientPoints(Orderable(), Later));

        AssertUnchanged(OrderStateMachine.MarkInsufficientPoints(shortOfPoints, Later.AddMinutes(1)), shortOfPoints);
    }

    [Theory]
    [InlineData(OrderStatus.Ordered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Delivered, TransitionErrorCode.AlreadyPlaced)]
    [InlineData(OrderStatus.Canceled, TransitionErrorCode.NotAllowedInCurrentState)]
    [InlineData(OrderStatus.Deleted, TransitionErrorCode.NotAllowedInCurrentState)]
    [InlineData(OrderStatus.CollectionFailed, TransitionErrorCode.NotOrderable)]
    public void MarkingInsufficientPointsOnAnOrderThatCannotBePlacedIsRefused(OrderStatus status, TransitionErrorCode code)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.MarkInsufficientPoints(order, Later), order, code);
    }

    // Delete

    [Theory]
    [InlineData(OrderStatus.Waiting)]
    [InlineData(OrderStatus.CollectionFailed)]
    [InlineData(OrderStatus.Canceled)]
    public void DeletingBeforePlacingMarksTheOrderDeleted(OrderStatus status)
    {
        var order = InStatus(status);

        var result = OrderStateMachine.Delete(order, Later.AddMinutes(1));

        Assert.True(result.Changed);
        Assert.Equal(order.Version + 1, result.State.Version);
        Assert.Equal(OrderStatus.Deleted, result.State.Status);
        Assert.False(result.State.Orderable);
    }

    [Theory]
    [InlineData(OrderStatus.Ordered)]
    [InlineData(OrderStatus.Delivered)]
    public void DeletingAPlacedOrderIsRefused(OrderStatus status)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.Delete(order, Later), order, TransitionErrorCode.AlreadyPlaced);
    }

    [Fact]
    public void DeletingTwiceChangesNothing()
    {
        var deleted = InStatus(OrderStatus.Deleted);

        AssertUnchanged(OrderStateMachine.Delete(deleted, Later.AddMinutes(1)), deleted);
    }

    // Cancel

    [Theory]
    [InlineData(OrderStatus.Waiting)]
    [InlineData(OrderStatus.CollectionFailed)]
    public void ABuyerCancelBeforePlacingCancelsTheOrder(OrderStatus status)
    {
        var order = InStatus(status);

        var result = OrderStateMachine.Cancel(order, Later);

        AssertChanged(result, order);
        Assert.Equal(OrderStatus.Canceled, result.State.Status);
        Assert.False(result.State.Orderable);
    }

    [Fact]
    public void ACanceledOrderCanNoLongerBePlaced()
    {
        var canceled = InStatus(OrderStatus.Canceled);

        AssertRefused(OrderStateMachine.Place(canceled, "ON-1", 14_000, Later), canceled, TransitionErrorCode.NotAllowedInCurrentState);
    }

    [Theory]
    [InlineData(OrderStatus.Ordered)]
    [InlineData(OrderStatus.Delivered)]
    public void ABuyerCancelAfterPlacingIsRecordedOnThePlacedOrder(OrderStatus status)
    {
        var order = InStatus(status);

        var canceled = Succeed(OrderStateMachine.Cancel(order, Later.AddMinutes(1)));

        Assert.Equal(status, canceled.Status);
        Assert.Equal(Later.AddMinutes(1), canceled.BuyerCanceledAt);
        Assert.Contains(OrderErrorCode.CanceledAfterPlacing, Codes(canceled.ToView().Errors));
        AssertUnchanged(OrderStateMachine.Cancel(canceled, Later.AddMinutes(2)), canceled);
    }

    [Theory]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Deleted)]
    public void ABuyerCancelOfACanceledOrDeletedOrderChangesNothing(OrderStatus status)
    {
        var order = InStatus(status);

        AssertUnchanged(OrderStateMachine.Cancel(order, Later.AddMinutes(1)), order);
    }

    // Deliver

    [Fact]
    public void DeliveringAPlacedOrderCompletesIt()
    {
        var placed = InStatus(OrderStatus.Ordered);

        var result = OrderStateMachine.Deliver(placed, Later.AddMinutes(1));

        Assert.True(result.Changed);
        Assert.Equal(OrderStatus.Delivered, result.State.Status);
        Assert.Equal(placed.Version + 1, result.State.Version);
        Assert.Equal(placed.OnchOrderNo, result.State.OnchOrderNo);
    }

    [Fact]
    public void DeliveringTwiceChangesNothing()
    {
        var delivered = InStatus(OrderStatus.Delivered);

        AssertUnchanged(OrderStateMachine.Deliver(delivered, Later.AddMinutes(1)), delivered);
    }

    [Theory]
    [InlineData(OrderStatus.Waiting)]
    [InlineData(OrderStatus.CollectionFailed)]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Deleted)]
    public void DeliveringAnOrderThatWasNotPlacedIsRefused(OrderStatus status)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.Deliver(order, Later), order, TransitionErrorCode.NotAllowedInCurrentState);
    }

    // Tracking

    [Theory]
    [InlineData(OrderStatus.Ordered)]
    [InlineData(OrderStatus.Delivered)]
    public void TheSupplierTrackingNumberIsRecordedOncePlaced(OrderStatus status)
    {
        var order = InStatus(status);

        var result = OrderStateMachine.SetSupplierTracking(order, new(" CJGLS ", " 123456789012 "), Later.AddMinutes(1));

        Assert.True(result.Changed);
        Assert.Equal(CjTracking, result.State.OnchTracking);
        Assert.Null(result.State.SmartStoreTracking);
        Assert.Equal(order.Version + 1, result.State.Version);
    }

    [Fact]
    public void AChangedSupplierTrackingNumberReplacesTheOldOneAndLeavesSmartStoresAlone()
    {
        var placed = InStatus(OrderStatus.Ordered);
        var first = Succeed(OrderStateMachine.SetSupplierTracking(placed, CjTracking, Later.AddMinutes(1)));
        var sent = Succeed(OrderStateMachine.SetSmartStoreTracking(first, CjTracking, Later.AddMinutes(2)));

        var result = OrderStateMachine.SetSupplierTracking(sent, new("HANJIN", "999"), Later.AddMinutes(3));

        Assert.True(result.Changed);
        Assert.Equal(new Tracking("HANJIN", "999"), result.State.OnchTracking);
        Assert.Equal(CjTracking, result.State.SmartStoreTracking);
        Assert.Equal(placed.Version + 3, result.State.Version);
    }

    [Fact]
    public void SettingTheSameTrackingNumberAgainChangesNothing()
    {
        var tracked = Succeed(OrderStateMachine.SetSupplierTracking(InStatus(OrderStatus.Ordered), CjTracking, Later));

        AssertUnchanged(OrderStateMachine.SetSupplierTracking(tracked, new("CJGLS", "123456789012"), Later.AddMinutes(1)), tracked);
    }

    [Fact]
    public void TheSmartStoreTrackingNumberIsRecordedOncePlaced()
    {
        var placed = InStatus(OrderStatus.Ordered);

        var result = OrderStateMachine.SetSmartStoreTracking(placed, CjTracking, Later.AddMinutes(1));

        Assert.True(result.Changed);
        Assert.Equal(CjTracking, result.State.SmartStoreTracking);
        Assert.Null(result.State.OnchTracking);
    }

    [Theory]
    [InlineData(OrderStatus.Waiting)]
    [InlineData(OrderStatus.CollectionFailed)]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Deleted)]
    public void TrackingNumbersBeforePlacingAreRefused(OrderStatus status)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.SetSupplierTracking(order, CjTracking, Later), order, TransitionErrorCode.NotAllowedInCurrentState);
        AssertRefused(OrderStateMachine.SetSmartStoreTracking(order, CjTracking, Later), order, TransitionErrorCode.NotAllowedInCurrentState);
    }

    [Theory]
    [InlineData("", "123")]
    [InlineData("CJGLS", " ")]
    public void ATrackingNumberWithoutCarrierOrNumberIsRefused(string carrier, string number)
    {
        var placed = InStatus(OrderStatus.Ordered);

        AssertRefused(OrderStateMachine.SetSupplierTracking(placed, new(carrier, number), Later), placed, TransitionErrorCode.InvalidInput);
        AssertRefused(OrderStateMachine.SetSmartStoreTracking(placed, new(carrier, number), Later), placed, TransitionErrorCode.InvalidInput);
    }

    // View

    [Fact]
    public void TheViewCarriesTheApiFieldsOfTheOrder()
    {
        var tracked = Succeed(OrderStateMachine.SetSupplierTracking(InStatus(OrderStatus.Ordered), CjTracking, Later.AddMinutes(1)));

        var view = tracked.ToView();

        Assert.Equal(
            new OrderView(
                "2026112600001", "2026112600000", "ON-1", Collected.AddHours(-2), Collected.AddHours(-1), Code,
                "무선 이어폰", "https://img.example.com/CH0000123.jpg", "색상: 빨강", "opt-red", 1, 14_000,
                OrderStatus.Ordered, false, tracked.Errors, Buyer, CjTracking, null, Later.AddMinutes(1), 3, PlacedAt: Later),
            view);
    }

    [Fact]
    public void TheViewOfAnOrderableOrderSaysSo()
    {
        var view = Orderable().ToView();

        Assert.True(view.Orderable);
        Assert.Equal(OrderStatus.Waiting, view.Status);
        Assert.Equal(1, view.Version);
    }
}
