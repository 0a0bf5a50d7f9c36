using Grains.Domain;
using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Orders;
using static Grains.Tests.Domain.PlacingData;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

public sealed class SmartStoreWriteTransitionTests
{
    private static readonly DateTimeOffset Now = PlacedTime.AddMinutes(10);

    private static readonly Tracking CjTracking = new("CJGLS", "123456789012");

    private static readonly Tracking HanjinTracking = new("HANJIN", "987654321098");

    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static SmartStoreWriteResult Success(SmartStoreWriteKind kind, DateTimeOffset at, Tracking? tracking = null, DateTimeOffset? due = null) =>
        new(kind, Succeeded: true, tracking, ErrorCode: null, ErrorMessage: null, TraceId: "trace-1", WillRetry: false, at, due);

    private static SmartStoreWriteResult Refusal(SmartStoreWriteKind kind, bool willRetry, string code = "104443", string message = "이미 발주확인된 주문입니다.") =>
        new(kind, Succeeded: false, Tracking: null, code, message, TraceId: "trace-2", willRetry, Now);

    private static OrderData Record(OrderData order, SmartStoreWriteResult result) =>
        Succeed(OrderStateMachine.RecordSmartStoreWrite(order, result, Now));

    private static OrderData WithTracking(OrderData order, Tracking tracking, DateTimeOffset at) =>
        Succeed(OrderStateMachine.EnterSupplierTracking(order, "supplier-1", tracking, at).Result);

    // RecordSmartStoreWrite

    [Fact]
    public void AConfirmedPlacingRecordsWhenAndOwesNothingMore()
    {
        var placed = Placed();

        var result = OrderStateMachine.RecordSmartStoreWrite(placed, Success(SmartStoreWriteKind.Confirm, Now), Now);

        Assert.True(result.Changed);
        Assert.Equal(placed.Version + 1, result.State.Version);
        Assert.Equal(SmartStoreSync.None with { ConfirmedAt = Now }, result.State.SmartStore);
    }

    [Fact]
    public void ADispatchRecordsWhenAndTheNumberSmartStoreNowHas()
    {
        var tracked = WithTracking(Placed(), CjTracking, Now);

        var dispatched = Record(tracked, Success(SmartStoreWriteKind.Dispatch, Now, CjTracking));

        Assert.Equal(Now, dispatched.SmartStore?.DispatchedAt);
        Assert.Null(dispatched.SmartStore?.Pending);
        Assert.Equal(CjTracking, dispatched.SmartStoreTracking);
    }

    [Fact]
    public void ADispatchDelayRecordsTheNewDueDate()
    {
        var due = Now.AddDays(3);

        var delayed = Record(Placed(), Success(SmartStoreWriteKind.Delay, Now, due: due));

        Assert.Equal(due, delayed.SmartStore?.DispatchDueDate);
        Assert.Equal("Confirm", delayed.SmartStore?.Pending);
    }

    [Fact]
    public void ARefusalThatWillBeRetriedShowsNaversCodeAndMessageAndStaysPending()
    {
        var refused = Record(Placed(), Refusal(SmartStoreWriteKind.Confirm, willRetry: true, "GW.RATE_LIMIT", "요청이 많습니다."));

        Assert.Equal("Confirm", refused.SmartStore?.Pending);
        Assert.Equal("GW.RATE_LIMIT", refused.SmartStore?.LastErrorCode);
        Assert.Equal("요청이 많습니다.", refused.SmartStore?.LastErrorMessage);
        Assert.False(refused.SmartStore?.NeedsPerson);
        var notice = Assert.Single(refused.ToView().Errors);
        Assert.Equal(OrderErrorCode.SmartStoreRejected, notice.Code);
        Assert.Contains("GW.RATE_LIMIT", notice.Message, StringComparison.Ordinal);
        Assert.Contains("요청이 많습니다.", notice.Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Ordered, refused.Status);
    }

    [Fact]
    public void ARefusalThatWillNotBeRetriedNeedsAPersonAndIsNoLongerPending()
    {
        var refused = Record(Placed(), Refusal(SmartStoreWriteKind.Confirm, willRetry: false));

        Assert.True(refused.SmartStore?.NeedsPerson);
        Assert.Null(refused.SmartStore?.Pending);
        Assert.Equal("104443", refused.SmartStore?.LastErrorCode);
        Assert.Equal([OrderErrorCode.SmartStoreRejected], Codes(refused.Errors));
    }

    [Fact]
    public void ASecondRefusalReplacesTheFirstNotice()
    {
        var first = Record(Placed(), Refusal(SmartStoreWriteKind.Confirm, willRetry: true, "GW.RATE_LIMIT", "요청이 많습니다."));

        var second = Record(first, Refusal(SmartStoreWriteKind.Confirm, willRetry: false));

        var notice = Assert.Single(second.Errors);
        Assert.Contains("104443", notice.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("GW.RATE_LIMIT", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASuccessAfterARefusalClearsTheRefusal()
    {
        var refused = Record(Placed(), Refusal(SmartStoreWriteKind.Confirm, willRetry: false));

        var confirmed = Record(refused, Success(SmartStoreWriteKind.Confirm, Now));

        Assert.Empty(confirmed.Errors);
        Assert.Empty(confirmed.ToView().Errors);
        Assert.Equal(SmartStoreSync.None with { ConfirmedAt = Now }, confirmed.SmartStore);
    }

    [Fact]
    public void RecordingTheSameSuccessTwiceChangesNothingAndKeepsTheFirstTime()
    {
        var confirmed = Record(Placed(), Success(SmartStoreWriteKind.Confirm, Now));

        var again = OrderStateMachine.RecordSmartStoreWrite(confirmed, Success(SmartStoreWriteKind.Confirm, Now.AddMinutes(1)), Now.AddMinutes(1));

        Assert.True(again.Succeeded);
        Assert.False(again.Changed);
        Assert.Same(confirmed, again.State);
        Assert.Equal(Now, again.State.SmartStore?.ConfirmedAt);
    }

    [Fact]
    public void RecordingTheSameRefusalTwiceChangesNothing()
    {
        var refused = Record(Placed(), Refusal(SmartStoreWriteKind.Confirm, willRetry: true));

        var again = OrderStateMachine.RecordSmartStoreWrite(refused, Refusal(SmartStoreWriteKind.Confirm, willRetry: true), Now.AddMinutes(1));

        Assert.True(again.Succeeded);
        Assert.False(again.Changed);
        Assert.Same(refused, again.State);
    }

    [Fact]
    public void ASmartStoreWriteForAManualOrNotYetPlacedOrderIsRefused()
    {
        var manual = Placed(Manual());
        var waiting = Orderable();

        var onManual = OrderStateMachine.RecordSmartStoreWrite(manual, Success(SmartStoreWriteKind.Confirm, Now), Now);
        var onWaiting = OrderStateMachine.RecordSmartStoreWrite(waiting, Success(SmartStoreWriteKind.Confirm, Now), Now);

        Assert.Equal(TransitionErrorCode.NotAllowedInCurrentState, onManual.Error?.Code);
        Assert.Same(manual, onManual.State);
        Assert.Equal(TransitionErrorCode.NotAllowedInCurrentState, onWaiting.Error?.Code);
        Assert.Same(waiting, onWaiting.State);
    }

    // EnterSupplierTracking

    [Fact]
    public void TrackingFromAnotherSupplierIsRefusedAsNotFound()
    {
        var placed = Placed();

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(placed, "supplier-2", CjTracking, Now);

        Assert.Equal(TransitionErrorCode.NotFound, result.Error?.Code);
        Assert.Same(placed, result.State);
        Assert.False(dispatch);
    }

    [Fact]
    public void TheFirstTrackingNumberIsRecordedAndSentToSmartStore()
    {
        var placed = Placed();

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(placed, "supplier-1", new Tracking(" CJGLS ", " 123456789012 "), Now);

        Assert.True(dispatch);
        Assert.True(result.Changed);
        Assert.Equal(placed.Version + 1, result.State.Version);
        Assert.Equal(CjTracking, result.State.OnchTracking);
        Assert.Equal("Dispatch", result.State.SmartStore?.Pending);
        Assert.Null(result.State.SmartStoreTracking);
    }

    [Fact]
    public void AChangedTrackingNumberIsNotSentAgainAndDiffersFromSmartStores()
    {
        var dispatched = Record(WithTracking(Placed(), CjTracking, Now), Success(SmartStoreWriteKind.Dispatch, Now, CjTracking));

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(dispatched, "supplier-1", HanjinTracking, Now.AddHours(1));

        Assert.False(dispatch);
        Assert.True(result.Changed);
        Assert.Equal(HanjinTracking, result.State.OnchTracking);
        Assert.Equal(CjTracking, result.State.SmartStoreTracking);
        Assert.NotEqual(result.State.ToView().OnchTracking, result.State.ToView().SmartStoreTracking);
    }

    [Fact]
    public void AChangedTrackingNumberBeforeSmartStoreDispatchedIsNotSentASecondTime()
    {
        var tracked = WithTracking(Placed(), CjTracking, Now);

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(tracked, "supplier-1", HanjinTracking, Now.AddMinutes(1));

        Assert.False(dispatch);
        Assert.Equal(HanjinTracking, result.State.OnchTracking);
    }

    [Fact]
    public void EnteringTheSameTrackingNumberAgainChangesNothingAndSendsNothing()
    {
        var tracked = WithTracking(Placed(), CjTracking, Now);

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(tracked, "supplier-1", CjTracking, Now.AddMinutes(1));

        Assert.False(dispatch);
        Assert.False(result.Changed);
        Assert.Same(tracked, result.State);
    }

    [Fact]
    public void AManualOrdersTrackingIsNeverSentToSmartStore()
    {
        var placed = Placed(Manual());

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(placed, "supplier-1", CjTracking, Now);

        Assert.False(dispatch);
        Assert.True(result.Changed);
        Assert.Equal(CjTracking, result.State.OnchTracking);
        Assert.Null(result.State.SmartStore);
    }

    [Fact]
    public void TheFirstTrackingNumberOfAnOrderSmartStoreAlreadyDispatchedIsNotSent()
    {
        var dispatchedBySeller = Record(Placed(), Success(SmartStoreWriteKind.Dispatch, Now, HanjinTracking));

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(dispatchedBySeller, "supplier-1", CjTracking, Now.AddMinutes(1));

        Assert.False(dispatch);
        Assert.Equal(CjTracking, result.State.OnchTracking);
    }

    [Fact]
    public void ATrackingWithoutANumberIsRefusedAndSendsNothing()
    {
        var placed = Placed();

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(placed, "supplier-1", new Tracking("CJGLS", " "), Now);

        Assert.False(dispatch);
        Assert.Equal(TransitionErrorCode.InvalidInput, result.Error?.Code);
        Assert.Same(placed, result.State);
    }

    // IsShippingLate

    [Fact]
    public void APlacedOrderWithoutTrackingIsLateOnlyOnceTheThresholdHasPassed()
    {
        var view = Placed().ToView();

        Assert.False(OrderStateMachine.IsShippingLate(view, PlacedTime + Day - TimeSpan.FromMinutes(1), Day));
        Assert.True(OrderStateMachine.IsShippingLate(view, PlacedTime + Day, Day));
        Assert.False(OrderStateMachine.IsShippingLate(view, PlacedTime + Day, Day + TimeSpan.FromHours(1)));
    }

    [Fact]
    public void AnOrderWithASupplierTrackingNumberIsNeverLate()
    {
        var view = WithTracking(Placed(), CjTracking, Now).ToView();

        Assert.False(OrderStateMachine.IsShippingLate(view, PlacedTime.AddDays(10), Day));
    }

    [Fact]
    public void ARegisteredDispatchDelayKeepsTheOrderFromBeingLateUntilItsDueDate()
    {
        var due = PlacedTime.AddDays(3);
        var view = Record(Placed(), Success(SmartStoreWriteKind.Delay, Now, due: due)).ToView();

        Assert.False(OrderStateMachine.IsShippingLate(view, PlacedTime.AddDays(2), Day));
        Assert.True(OrderStateMachine.IsShippingLate(view, due, Day));
        Assert.True(OrderStateMachine.IsShippingLate(view, due.AddHours(1), Day));
    }

    [Fact]
    public void AnOrderThatIsNotPlacedOrAlreadyDeliveredIsNeverLate()
    {
        var waiting = Orderable().ToView();
        var delivered = Succeed(OrderStateMachine.Deliver(Placed(), Now)).ToView();

        Assert.False(OrderStateMachine.IsShippingLate(waiting, PlacedTime.AddDays(10), Day));
        Assert.False(OrderStateMachine.IsShippingLate(delivered, PlacedTime.AddDays(10), Day));
    }
}
