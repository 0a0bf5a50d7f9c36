using Grains.Domain;
using Grains.Interfaces.Orders;
using static Grains.Tests.Domain.PlacingData;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

public sealed class PlacingTransitionTests
{
    private static readonly DateTimeOffset Then = PlacedTime;

    // CollectManual

    [Fact]
    public void AManualOrderIsCollectedAsAnOrderableManualOrderWithTheChosenOption()
    {
        var order = Manual();

        Assert.True(order.Manual);
        Assert.Equal(OrderStatus.Waiting, order.Status);
        Assert.True(order.Orderable);
        Assert.Equal("opt-red", order.ChosenOptionId);
        Assert.Equal("opt-red", order.OptionId);
        Assert.Equal(14_000, order.Amount);
        Assert.True(order.ToView().Manual);
    }

    [Fact]
    public void AManualOrderWithAnOptionTheProductDoesNotHaveIsNotOrderable()
    {
        var created = OrderStateMachine.CollectManual(Order(), "opt-green", Context(Product()), Collected);

        Assert.True(created.Succeeded, created.Error?.Message);
        Assert.False(created.State!.Orderable);
        Assert.Contains(OrderErrorCode.OptionMismatch, Codes(created.State.Errors));
    }

    [Fact]
    public void AManualOrderOfAProductWithoutOptionsNeedsNoOption()
    {
        var created = OrderStateMachine.CollectManual(Order(optionText: string.Empty), null, Context(ProductWithoutOptions()), Collected);

        Assert.True(created.Succeeded, created.Error?.Message);
        Assert.True(created.State!.Orderable);
        Assert.Equal(OrderValidator.NoOptionId, created.State.ChosenOptionId);
        Assert.Equal(10_000 + 3_000, created.State.Amount);
    }

    // BeginPlacing

    [Fact]
    public void BeginningAPlacingRecordsItAndTakesTheOrderOutOfTheOrderableOnes()
    {
        var order = Orderable();

        var result = OrderStateMachine.BeginPlacing(order, APlacement(), Later);

        Assert.True(result.Changed);
        Assert.Equal(order.Version + 1, result.State.Version);
        Assert.Equal(APlacement(), result.State.Placement);
        Assert.Equal(OrderStatus.Waiting, result.State.Status);
        Assert.False(result.State.Orderable);
        Assert.False(result.State.ToView().Orderable);
        Assert.Null(result.State.OnchOrderNo);
    }

    [Fact]
    public void BeginningThePlacingTwiceIsANoOp()
    {
        var placing = Placing();

        AssertUnchanged(OrderStateMachine.BeginPlacing(placing, APlacement(), Then), placing);
    }

    [Fact]
    public void BeginningAnotherPlacingWhileOneIsRecordedKeepsTheFirst()
    {
        var placing = Placing();

        var again = OrderStateMachine.BeginPlacing(placing, APlacement(amount: 99_000, number: "ON-8"), Then);

        Assert.False(again.Changed);
        Assert.Equal("ON-7", again.State.Placement?.OnchOrderNo);
        Assert.Equal(14_000, again.State.Placement?.Amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-14_000)]
    public void BeginningAPlacingWithoutAPositiveAmountIsRefused(long amount)
    {
        var order = Orderable();

        AssertRefused(OrderStateMachine.BeginPlacing(order, APlacement(amount), Later), order, TransitionErrorCode.InvalidInput);
    }

    [Fact]
    public void BeginningAPlacingOfAFailedOrderIsRefused()
    {
        var order = InStatus(OrderStatus.CollectionFailed);

        AssertRefused(OrderStateMachine.BeginPlacing(order, APlacement(), Later), order, TransitionErrorCode.NotOrderable);
    }

    [Fact]
    public void BeginningAPlacingOfAHeldOrderIsRefused()
    {
        var held = Succeed(OrderStateMachine.HoldForCancelRequest(Orderable(), "CANCEL_REQUEST", Later));

        AssertRefused(OrderStateMachine.BeginPlacing(held, APlacement(), Then), held, TransitionErrorCode.NotOrderable);
    }

    [Fact]
    public void BeginningAPlacingOfAPlacedOrderIsRefused()
    {
        var placed = Placed();

        AssertRefused(OrderStateMachine.BeginPlacing(placed, APlacement(), Then), placed, TransitionErrorCode.AlreadyPlaced);
    }

    [Theory]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Deleted)]
    public void BeginningAPlacingOfAnEndedOrderIsRefused(OrderStatus status)
    {
        var order = InStatus(status);

        AssertRefused(OrderStateMachine.BeginPlacing(order, APlacement(), Then), order, TransitionErrorCode.NotAllowedInCurrentState);
    }

    [Fact]
    public void AnOrderWithOnlyAnInsufficientPointsNoticeCanBeginPlacing()
    {
        var shortOfPoints = Succeed(OrderStateMachine.MarkInsufficientPoints(Orderable(), Later));

        var result = OrderStateMachine.BeginPlacing(shortOfPoints, APlacement(), Then);

        Assert.True(result.Changed, result.Error?.Message);
        Assert.NotNull(result.State.Placement);
    }

    // Other commands while placing

    [Fact]
    public void DeletingAnOrderWhilePlacingIsRefused()
    {
        var placing = Placing();

        AssertRefused(OrderStateMachine.Delete(placing, Then), placing, TransitionErrorCode.NotAllowedInCurrentState);
    }

    [Fact]
    public void RevalidatingOrChoosingAnOptionWhilePlacingIsRefused()
    {
        var placing = Placing();

        AssertRefused(OrderStateMachine.Revalidate(placing, Context(Product()), Then), placing, TransitionErrorCode.NotAllowedInCurrentState);
        AssertRefused(OrderStateMachine.ChooseOption(placing, "opt-blue", Context(Product()), Then), placing, TransitionErrorCode.NotAllowedInCurrentState);
    }

    [Fact]
    public void MarkingInsufficientPointsOrPlacingTheOldWayWhilePlacingIsRefused()
    {
        var placing = Placing();

        AssertRefused(OrderStateMachine.MarkInsufficientPoints(placing, Then), placing, TransitionErrorCode.NotAllowedInCurrentState);
        AssertRefused(OrderStateMachine.Place(placing, "ON-9", 14_000, Then), placing, TransitionErrorCode.NotAllowedInCurrentState);
    }

    [Fact]
    public void ABuyerCancellationWhilePlacingIsRecordedAndTheOrderIsNotCanceled()
    {
        var placing = Placing();

        var result = OrderStateMachine.Cancel(placing, Then);

        Assert.True(result.Changed);
        Assert.Equal(Then, result.State.BuyerCanceledAt);
        Assert.Equal(OrderStatus.Waiting, result.State.Status);
        Assert.NotNull(result.State.Placement);
    }

    [Fact]
    public void APlacingCompletedAfterABuyerCancellationIsPlacedAndShowsTheCancellation()
    {
        var canceled = Succeed(OrderStateMachine.Cancel(Placing(), Then));

        var placed = Succeed(OrderStateMachine.CompletePlacing(canceled, Then.AddMinutes(1)));

        Assert.Equal(OrderStatus.Ordered, placed.Status);
        Assert.Equal(Then, placed.BuyerCanceledAt);
        Assert.Contains(OrderErrorCode.CanceledAfterPlacing, Codes(placed.ToView().Errors));
    }

    // CompletePlacing

    [Fact]
    public void CompletingAPlacingPlacesTheOrderWithItsNumberAmountAndSupplier()
    {
        var placing = Placing();

        var result = OrderStateMachine.CompletePlacing(placing, Then);

        Assert.True(result.Changed);
        Assert.Equal(placing.Version + 1, result.State.Version);
        var placed = result.State;
        Assert.Equal(OrderStatus.Ordered, placed.Status);
        Assert.Equal("ON-7", placed.OnchOrderNo);
        Assert.Equal(14_000, placed.Amount);
        Assert.Equal("supplier-1", placed.SupplierId);
        Assert.Equal("opt-red", placed.OptionId);
        Assert.Equal(Then, placed.PlacedAt);
        Assert.Null(placed.Placement);
        Assert.False(placed.Orderable);
        Assert.Equal(SmartStoreSync.None with { Pending = "Confirm" }, placed.SmartStore);
    }

    [Fact]
    public void CompletingAPlacingChargesTheRecordedAmountNotTheExpectedOne()
    {
        var placing = Succeed(OrderStateMachine.BeginPlacing(Orderable(), APlacement(amount: 15_500), Later));

        var placed = Succeed(OrderStateMachine.CompletePlacing(placing, Then));

        Assert.Equal(15_500, placed.Amount);
    }

    [Fact]
    public void CompletingAPlacingClearsTheInsufficientPointsNotice()
    {
        var shortOfPoints = Succeed(OrderStateMachine.MarkInsufficientPoints(Orderable(), Later));

        var placed = Placed(shortOfPoints);

        Assert.Empty(placed.Errors);
    }

    [Fact]
    public void CompletingAManualPlacingOwesSmartStoreNothing()
    {
        var placed = Placed(Manual());

        Assert.Equal(OrderStatus.Ordered, placed.Status);
        Assert.True(placed.Manual);
        Assert.Null(placed.SmartStore);
    }

    [Fact]
    public void CompletingAPlacingAgainOnceItIsPlacedChangesNothing()
    {
        var placed = Placed();

        AssertUnchanged(OrderStateMachine.CompletePlacing(placed, Then.AddMinutes(1)), placed);
    }

    [Fact]
    public void CompletingAPlacingThatWasNeverBegunIsRefused()
    {
        var order = Orderable();

        AssertRefused(OrderStateMachine.CompletePlacing(order, Then), order, TransitionErrorCode.NotAllowedInCurrentState);
    }

    [Fact]
    public void APlacedOrderViewCarriesSupplierPlacingTimeAndSmartStoreState()
    {
        var view = Placed().ToView();

        Assert.Equal("supplier-1", view.SupplierId);
        Assert.Equal(Then, view.PlacedAt);
        Assert.Equal("Confirm", view.SmartStore?.Pending);
        Assert.False(view.Manual);
        Assert.Equal("ON-7", view.OnchOrderNo);
    }

    // AbandonPlacing

    [Fact]
    public void AbandoningAPlacingForLackOfPointsShowsTheNoticeAndLeavesTheOrderOrderable()
    {
        var placing = Placing();

        var result = OrderStateMachine.AbandonPlacing(placing, insufficientPoints: true, Then);

        Assert.True(result.Changed);
        Assert.Null(result.State.Placement);
        Assert.Equal(OrderStatus.Waiting, result.State.Status);
        Assert.True(result.State.Orderable);
        Assert.Null(result.State.OnchOrderNo);
        Assert.Equal([OrderErrorCode.InsufficientPoints], Codes(result.State.Errors));
    }

    [Fact]
    public void AbandoningAPlacingForAnotherReasonShowsNoPointsNotice()
    {
        var result = OrderStateMachine.AbandonPlacing(Placing(), insufficientPoints: false, Then);

        Assert.True(result.Changed);
        Assert.True(result.State.Orderable);
        Assert.Empty(result.State.Errors);
    }

    [Fact]
    public void AbandoningTwiceShowsTheNoticeOnceAndChangesNothingTheSecondTime()
    {
        var abandoned = Succeed(OrderStateMachine.AbandonPlacing(Placing(), insufficientPoints: true, Then));

        AssertUnchanged(OrderStateMachine.AbandonPlacing(abandoned, insufficientPoints: true, Then), abandoned);
        Assert.Single(abandoned.Errors);
    }

    [Fact]
    public void AbandoningAPlacingTheBuyerCanceledMeanwhileCancelsTheOrder()
    {
        var canceled = Succeed(OrderStateMachine.Cancel(Placing(), Then));

        var result = OrderStateMachine.AbandonPlacing(canceled, insufficientPoints: true, Then.AddMinutes(1));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(OrderStatus.Canceled, result.State.Status);
        Assert.False(result.State.Orderable);
        Assert.DoesNotContain(OrderErrorCode.CanceledAfterPlacing, Codes(result.State.ToView().Errors));
        Assert.False(OrderStateMachine.BeginPlacing(result.State, APlacement(), Then.AddMinutes(2)).Succeeded);
    }

    // MarkRefunded

    [Fact]
    public void RefundingRecordsTheTimeOnce()
    {
        var canceled = Succeed(OrderStateMachine.Cancel(Placed(), Then.AddMinutes(1)));

        var refunded = OrderStateMachine.MarkRefunded(canceled, Then.AddMinutes(2));
        var again = OrderStateMachine.MarkRefunded(refunded.State, Then.AddMinutes(3));

        Assert.True(refunded.Changed);
        Assert.Equal(Then.AddMinutes(2), refunded.State.RefundedAt);
        AssertUnchanged(again, refunded.State);
    }
}
