using Grains.Domain;
using Grains.Interfaces.Orders;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

public sealed class OrderClaimAndAddressTests
{
    private static readonly DateTimeOffset Then = Later.AddMinutes(5);

    private static readonly Recipient Moved = new("홍길동", "010-1234-5678", "04524", "서울특별시 중구 세종대로 110");

    private static OrderData Held(OrderData order, string claimStatus = "CANCEL_REQUEST") =>
        Succeed(OrderStateMachine.HoldForCancelRequest(order, claimStatus, Later));

    // Cancel requests

    [Fact]
    public void ACancelRequestHoldsAnOrderableOrderAndBlocksPlacingIt()
    {
        var order = Orderable();

        var held = OrderStateMachine.HoldForCancelRequest(order, "CANCEL_REQUEST", Later);

        Assert.True(held.Changed);
        Assert.Equal(order.Version + 1, held.State.Version);
        Assert.Equal(new CancelRequest("CANCEL_REQUEST", Later), held.State.CancelRequest);
        Assert.Equal(OrderStatus.Waiting, held.State.Status);
        Assert.False(held.State.Orderable);
        var placing = OrderStateMachine.Place(held.State, "ON-1", 14_000, Then);
        Assert.Equal(TransitionErrorCode.NotOrderable, placing.Error?.Code);
        Assert.Contains("취소 요청", placing.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeldOrderShowsTheCancelRequestWithItsClaimStatusAsABlockingReason()
    {
        var view = Held(Orderable(), "CANCELING").ToView();

        Assert.False(view.Orderable);
        var error = Assert.Single(view.Errors);
        Assert.Equal(OrderErrorCode.CancelRequested, error.Code);
        Assert.Contains("CANCELING", error.Message, StringComparison.Ordinal);
        Assert.True(OrderValidator.IsBlocking(error));
    }

    [Fact]
    public void TheSameCancelRequestSeenTwiceChangesNothing()
    {
        var held = Held(Orderable());

        AssertUnchanged(OrderStateMachine.HoldForCancelRequest(held, "CANCEL_REQUEST", Then), held);
    }

    [Fact]
    public void ACancelRequestMovingOnKeepsWhenItWasFirstSeen()
    {
        var held = Held(Orderable());

        var moved = Succeed(OrderStateMachine.HoldForCancelRequest(held, "CANCELING", Then));

        Assert.Equal(new CancelRequest("CANCELING", Later), moved.CancelRequest);
    }

    [Theory]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Deleted)]
    public void ACancelRequestLeavesACanceledOrDeletedOrderAlone(OrderStatus status)
    {
        var order = InStatus(status);

        AssertUnchanged(OrderStateMachine.HoldForCancelRequest(order, "CANCEL_REQUEST", Then), order);
    }

    [Fact]
    public void ReleasingACancelRequestMakesTheOrderOrderableAgain()
    {
        var held = Held(Orderable());

        var released = OrderStateMachine.ReleaseCancelRequest(held, Context(Product()), Then);

        Assert.True(released.Changed);
        Assert.Null(released.State.CancelRequest);
        Assert.True(released.State.Orderable);
        Assert.Equal(held.Version + 1, released.State.Version);
    }

    [Fact]
    public void ReleasingACancelRequestValidatesTheOrderAgainstTheCatalogOfNow()
    {
        var held = Held(Orderable());

        var released = Succeed(OrderStateMachine.ReleaseCancelRequest(held, Context(Product(), saleApplied: false), Then));

        Assert.Equal(OrderStatus.CollectionFailed, released.Status);
        Assert.Equal([OrderErrorCode.SaleNotApplied], Codes(released.Errors));
        Assert.False(released.Orderable);
    }

    [Fact]
    public void ReleasingAnOrderThatIsNotHeldChangesNothing()
    {
        var order = Orderable();

        AssertUnchanged(OrderStateMachine.ReleaseCancelRequest(order, Context(Product()), Then), order);
    }

    // Cancellation

    [Fact]
    public void ACancellationBeforePlacingCancelsTheOrderAndEndsTheHold()
    {
        var canceled = Succeed(OrderStateMachine.Cancel(Held(Orderable()), Then));

        Assert.Equal(OrderStatus.Canceled, canceled.Status);
        Assert.Null(canceled.CancelRequest);
        Assert.Null(canceled.BuyerCanceledAt);
        Assert.False(canceled.Orderable);
    }

    [Theory]
    [InlineData(OrderStatus.Ordered)]
    [InlineData(OrderStatus.Delivered)]
    public void ACancellationAfterPlacingIsRecordedAndTheOrderStaysPlaced(OrderStatus status)
    {
        var placed = InStatus(status);

        var result = OrderStateMachine.Cancel(placed, Then);

        Assert.True(result.Changed);
        Assert.Equal(status, result.State.Status);
        Assert.Equal(Then, result.State.BuyerCanceledAt);
        Assert.Equal("ON-1", result.State.OnchOrderNo);
        Assert.Equal(14_000, result.State.Amount);
        var notice = Assert.Single(result.State.ToView().Errors);
        Assert.Equal(OrderErrorCode.CanceledAfterPlacing, notice.Code);
        Assert.False(OrderValidator.IsBlocking(notice));
    }

    [Fact]
    public void ACancellationAfterPlacingSeenTwiceKeepsTheFirstTimeAndChangesNothing()
    {
        var canceled = Succeed(OrderStateMachine.Cancel(InStatus(OrderStatus.Ordered), Later));

        AssertUnchanged(OrderStateMachine.Cancel(canceled, Then), canceled);
        Assert.Equal(Later, canceled.BuyerCanceledAt);
    }

    [Fact]
    public void ACancellationAfterPlacingEndsAHoldSeenBeforeIt()
    {
        var held = Held(InStatus(OrderStatus.Ordered));

        var canceled = Succeed(OrderStateMachine.Cancel(held, Then));

        Assert.Null(canceled.CancelRequest);
        Assert.Equal([OrderErrorCode.CanceledAfterPlacing], Codes(canceled.ToView().Errors));
    }

    // Recipient

    [Fact]
    public void AnAddressChangeBeforePlacingReplacesTheRecipient()
    {
        var order = Orderable();

        var moved = OrderStateMachine.ChangeRecipient(order, Moved, Later);

        Assert.True(moved.Changed);
        Assert.Equal(Moved, moved.State.Recipient);
        Assert.Equal(Moved, moved.State.ToView().Recipient);
        Assert.Null(moved.State.ChangedRecipient);
        Assert.True(moved.State.Orderable);
    }

    [Fact]
    public void TheSameAddressBeforePlacingChangesNothing()
    {
        var order = Orderable();

        AssertUnchanged(OrderStateMachine.ChangeRecipient(order, Buyer, Later), order);
    }

    [Fact]
    public void AnAddressChangeAfterPlacingIsRecordedForTheSupplierAsANotice()
    {
        var placed = InStatus(OrderStatus.Ordered);

        var moved = Succeed(OrderStateMachine.ChangeRecipient(placed, Moved, Then));

        Assert.Equal(Buyer, moved.Recipient);
        Assert.Equal(Moved, moved.ChangedRecipient);
        var notice = Assert.Single(moved.ToView().Errors);
        Assert.Equal(OrderErrorCode.AddressChangedAfterPlacing, notice.Code);
        Assert.Contains("세종대로 110", notice.Message, StringComparison.Ordinal);
        Assert.False(OrderValidator.IsBlocking(notice));
    }

    [Fact]
    public void AnAddressChangedBackAfterPlacingClearsTheNotice()
    {
        var moved = Succeed(OrderStateMachine.ChangeRecipient(InStatus(OrderStatus.Ordered), Moved, Later));

        var back = Succeed(OrderStateMachine.ChangeRecipient(moved, Buyer, Then));

        Assert.Null(back.ChangedRecipient);
        Assert.Empty(back.ToView().Errors);
    }

    [Theory]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Deleted)]
    public void AnAddressChangeLeavesACanceledOrDeletedOrderAlone(OrderStatus status)
    {
        var order = InStatus(status);

        AssertUnchanged(OrderStateMachine.ChangeRecipient(order, Moved, Then), order);
    }

    // SmartStore changes

    [Fact]
    public void ACanceledChangeCancelsAndIgnoresTheRecipient()
    {
        var result = OrderStateMachine.ApplySmartStoreChange(Orderable(), new SmartStoreChange(SmartStoreChangeKind.Canceled, "CANCEL_DONE", Moved), null, Later);

        Assert.Equal(OrderStatus.Canceled, result.State.Status);
        Assert.Equal(Buyer, result.State.Recipient);
    }

    [Fact]
    public void ACancelRequestedChangeHoldsWithItsClaimStatusOrTheDefaultOne()
    {
        var named = Succeed(OrderStateMachine.ApplySmartStoreChange(Orderable(), new SmartStoreChange(SmartStoreChangeKind.CancelRequested, "CANCELING", null), null, Later));
        var unnamed = Succeed(OrderStateMachine.ApplySmartStoreChange(Orderable(), new SmartStoreChange(SmartStoreChangeKind.CancelRequested, null, null), null, Later));

        Assert.Equal("CANCELING", named.CancelRequest?.ClaimStatus);
        Assert.Equal("CANCEL_REQUEST", unnamed.CancelRequest?.ClaimStatus);
    }

    [Fact]
    public void ADeliveredChangeDeliversAPlacedOrderAndLeavesAnUnplacedOneAlone()
    {
        var delivered = OrderStateMachine.ApplySmartStoreChange(InStatus(OrderStatus.Ordered), new SmartStoreChange(SmartStoreChangeKind.Delivered, null, null), null, Then);
        var waiting = Orderable();

        Assert.Equal(OrderStatus.Delivered, delivered.State.Status);
        AssertUnchanged(OrderStateMachine.ApplySmartStoreChange(waiting, new SmartStoreChange(SmartStoreChangeKind.Delivered, null, null), null, Then), waiting);
    }

    [Fact]
    public void ADeliveredChangeEndsAHoldSeenAfterPlacing()
    {
        // SmartStore delivers only once a cancel request is rejected: a delivered order waits for no decision.
        var held = Held(InStatus(OrderStatus.Ordered));

        var delivered = Succeed(OrderStateMachine.ApplySmartStoreChange(held, new SmartStoreChange(SmartStoreChangeKind.Delivered, null, null), null, Then));

        Assert.Equal(OrderStatus.Delivered, delivered.Status);
        Assert.Null(delivered.CancelRequest);
        Assert.DoesNotContain(delivered.ToView().Errors, e => e.Code == OrderErrorCode.CancelRequested);
    }

    [Fact]
    public void ACurrentChangeReleasesAHeldOrder()
    {
        var held = Held(Orderable());

        var current = Succeed(OrderStateMachine.ApplySmartStoreChange(held, new SmartStoreChange(SmartStoreChangeKind.Current, null, null), Context(Product()), Then));

        Assert.Null(current.CancelRequest);
        Assert.True(current.Orderable);
    }

    [Fact]
    public void ACurrentChangeOfAHeldOrderWithoutItsContextIsAProgrammingError()
    {
        var held = Held(Orderable());

        Assert.Throws<ArgumentNullException>(() =>
            OrderStateMachine.ApplySmartStoreChange(held, new SmartStoreChange(SmartStoreChangeKind.Current, null, null), null, Then));
    }

    [Fact]
    public void ACurrentChangeWithANewRecipientAndAReleaseCountsAsOneVersion()
    {
        var held = Held(Orderable());

        var result = OrderStateMachine.ApplySmartStoreChange(held, new SmartStoreChange(SmartStoreChangeKind.Current, null, Moved), Context(Product()), Then);

        Assert.True(result.Changed);
        Assert.Equal(held.Version + 1, result.State.Version);
        Assert.Equal(Then, result.State.UpdatedAt);
        Assert.Null(result.State.CancelRequest);
        Assert.Equal(Moved, result.State.Recipient);
    }

    [Fact]
    public void ACancelRequestWithANewRecipientHoldsAndMoves()
    {
        var order = Orderable();

        var result = OrderStateMachine.ApplySmartStoreChange(order, new SmartStoreChange(SmartStoreChangeKind.CancelRequested, "CANCEL_REQUEST", Moved), null, Later);

        Assert.Equal(order.Version + 1, result.State.Version);
        Assert.NotNull(result.State.CancelRequest);
        Assert.Equal(Moved, result.State.Recipient);
    }

    [Fact]
    public void ADeliveredChangeWithANewRecipientRecordsItForTheSupplier()
    {
        var placed = InStatus(OrderStatus.Ordered);

        var result = Succeed(OrderStateMachine.ApplySmartStoreChange(placed, new SmartStoreChange(SmartStoreChangeKind.Delivered, null, Moved), null, Then));

        Assert.Equal(OrderStatus.Delivered, result.Status);
        Assert.Equal(Moved, result.ChangedRecipient);
        Assert.Equal(placed.Version + 1, result.Version);
    }

    public static TheoryData<SmartStoreChangeKind, string?, bool, bool> Changes => new()
    {
        { SmartStoreChangeKind.Canceled, "CANCEL_DONE", false, false },
        { SmartStoreChangeKind.Canceled, "CANCEL_DONE", true, false },
        { SmartStoreChangeKind.CancelRequested, "CANCEL_REQUEST", false, true },
        { SmartStoreChangeKind.CancelRequested, "CANCEL_REQUEST", true, true },
        { SmartStoreChangeKind.Delivered, null, true, true },
        { SmartStoreChangeKind.Current, null, false, true },
        { SmartStoreChangeKind.Current, null, true, true },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void TheSameSmartStoreChangeSeenTwiceChangesNothingTheSecondTime(
        SmartStoreChangeKind kind, string? claimStatus, bool placed, bool withRecipient)
    {
        var order = Held(placed ? InStatus(OrderStatus.Ordered) : Orderable());
        var change = new SmartStoreChange(kind, claimStatus, withRecipient ? Moved : null);
        var once = Succeed(OrderStateMachine.ApplySmartStoreChange(order, change, Context(Product()), Later));

        AssertUnchanged(OrderStateMachine.ApplySmartStoreChange(once, change, Context(Product()), Then), once);
    }
}
