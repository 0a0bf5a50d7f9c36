using Grains.Fulfillment;
using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Orders;
using SmartStore;
using SmartStore.Models;

namespace Grains.Tests.Fulfillment;

/// <summary>The outbox's rules without a cluster: failure codes, backoff, holding, batching, read-back and reporting.</summary>
public sealed class OutboxRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SmartStoreWriteKind.Confirm, "105306", false, FailureVerdict.AlreadyApplied)]
    [InlineData(SmartStoreWriteKind.Dispatch, "105306", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Dispatch, "104443", true, FailureVerdict.Retry)]
    [InlineData(SmartStoreWriteKind.Delay, "104443", true, FailureVerdict.Retry)]
    [InlineData(SmartStoreWriteKind.Dispatch, "104443", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Confirm, "104443", true, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Dispatch, "104122", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Dispatch, "104121", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Dispatch, "104119", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Confirm, "100001", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Confirm, "104442", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Delay, "104105", false, FailureVerdict.Final)]
    [InlineData(SmartStoreWriteKind.Confirm, "GW.RATE_LIMIT", false, FailureVerdict.Retry)]
    [InlineData(SmartStoreWriteKind.Confirm, "GW.QUOTA_LIMIT", false, FailureVerdict.Retry)]
    [InlineData(SmartStoreWriteKind.Confirm, "GW.BLOCK.01", false, FailureVerdict.Retry)]
    [InlineData(SmartStoreWriteKind.Confirm, "GW.INTERNAL_SERVER_ERROR", false, FailureVerdict.RetryUnknown)]
    [InlineData(SmartStoreWriteKind.Dispatch, "GW.TIMEOUT.01", false, FailureVerdict.RetryUnknown)]
    [InlineData(SmartStoreWriteKind.Dispatch, SmartStoreErrorCodes.Timeout, false, FailureVerdict.RetryUnknown)]
    [InlineData(SmartStoreWriteKind.Dispatch, SmartStoreErrorCodes.Transport, false, FailureVerdict.RetryUnknown)]
    [InlineData(SmartStoreWriteKind.Dispatch, SmartStoreErrorCodes.OutcomeUnknown, false, FailureVerdict.RetryUnknown)]
    public void PerItemCodesAreJudgedByKind(SmartStoreWriteKind kind, string code, bool confirmPending, FailureVerdict expected) =>
        Assert.Equal(expected, WriteFailureRules.ForItem(kind, code, confirmPending));

    [Fact]
    public void WholeCallFailuresUseTheHttpStatus()
    {
        Assert.Equal(FailureVerdict.RetryUnknown, WriteFailureRules.ForCall(SmartStoreWriteKind.Confirm, new SmartStoreError(500, "GW.INTERNAL_SERVER_ERROR", "x", null), false));
        Assert.Equal(FailureVerdict.RetryUnknown, WriteFailureRules.ForCall(SmartStoreWriteKind.Confirm, new SmartStoreError(0, SmartStoreErrorCodes.Timeout, "x", null), false));
        Assert.Equal(FailureVerdict.Retry, WriteFailureRules.ForCall(SmartStoreWriteKind.Confirm, new SmartStoreError(429, "GW.RATE_LIMIT", "x", null), false));
        Assert.Equal(FailureVerdict.Retry, WriteFailureRules.ForCall(SmartStoreWriteKind.Confirm, new SmartStoreError(401, "GW.AUTHN", "x", null), false));
        Assert.Equal(FailureVerdict.Final, WriteFailureRules.ForCall(SmartStoreWriteKind.Dispatch, new SmartStoreError(400, "104133", "x", null), false));
    }

    [Fact]
    public void BackoffDoublesFromOneSecondUpToFiveMinutes()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), OutboxBackoff.Delay(1, "GW.RATE_LIMIT", 0.5));
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxBackoff.Delay(2, "GW.RATE_LIMIT", 0.5));
        Assert.Equal(TimeSpan.FromSeconds(8), OutboxBackoff.Delay(4, "GW.RATE_LIMIT", 0.5));
        Assert.Equal(OutboxBackoff.Cap, OutboxBackoff.Delay(40, "GW.RATE_LIMIT", 0.99));
        Assert.Equal(OutboxBackoff.Cap, OutboxBackoff.Delay(int.MaxValue, null, 0.5));
        Assert.InRange(OutboxBackoff.Delay(3, null, 0), TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(3.21));
        Assert.Equal(OutboxBackoff.QuotaWait, OutboxBackoff.Delay(1, "GW.QUOTA_LIMIT", 0.5));
    }

    [Fact]
    public void EnqueueingTheSameWriteTwiceKeepsOneAndAnUnsentOneIsReplaced()
    {
        var dispatch = Dispatch("1", "111");
        var (state, changed) = OutboxQueue.Enqueue(new SmartStoreOutboxState(), dispatch, Now);
        Assert.True(changed);
        var (again, changedAgain) = OutboxQueue.Enqueue(state, dispatch with { Tracking = new Tracking("CJGLS", "111") }, Now.AddSeconds(1));
        Assert.False(changedAgain);
        Assert.Same(state, again);

        var (replaced, _) = OutboxQueue.Enqueue(state, Dispatch("1", "222"), Now.AddSeconds(2));
        Assert.Equal("222", Assert.Single(replaced.Items).Request.Tracking!.TrackingNumber);

        var inFlight = OutboxQueue.Update(replaced, [replaced.Items[0] with { InFlight = true }]);
        var (appended, _) = OutboxQueue.Enqueue(inFlight, Dispatch("1", "333"), Now.AddSeconds(3));
        Assert.Equal(2, appended.Items.Length);
        Assert.True(OutboxQueue.IsHeld(appended.Items, appended.Items[1]), "a second dispatch of one order waits for the first");
    }

    [Fact]
    public void AWriteReplacedWhileAPassAwaitedIsSentWithItsNewRequest()
    {
        var (state, _) = OutboxQueue.Enqueue(new SmartStoreOutboxState(), Dispatch("1", "111"), Now);
        (state, _) = OutboxQueue.Enqueue(state, Delay("2"), Now);
        (state, _) = OutboxQueue.Enqueue(state, Confirm("3"), Now);
        var due = OutboxQueue.DueSends(state.Items, Now);

        // While the pass awaits credentials: the tracking number and the delay date are corrected, the confirm goes.
        (state, _) = OutboxQueue.Enqueue(state, Dispatch("1", "222"), Now.AddSeconds(1));
        (state, _) = OutboxQueue.Enqueue(state, Delay("2", Now.AddDays(5)), Now.AddSeconds(1));
        state = state with { Items = state.Items.RemoveAt(2) };

        var sending = OutboxQueue.StillUnsent(state.Items, due);

        Assert.Equal(due.Take(2).Select(i => i.Id), sending.Select(i => i.Id));
        Assert.Equal("222", sending[0].Request.Tracking!.TrackingNumber);
        Assert.Equal(Now.AddDays(5), sending[1].Request.DispatchDueDate);
        var inFlight = OutboxQueue.Update(state, sending.Select(i => i with { InFlight = true }));
        Assert.Equal([Dispatch("1", "222"), Delay("2", Now.AddDays(5))], inFlight.Items.Select(i => i.Request));
        Assert.Empty(OutboxQueue.StillUnsent(inFlight.Items, due));
    }

    [Fact]
    public void AnAppliedWriteEnqueuedAgainIsNotSentAgainButItsSuccessIsReportedAgain()
    {
        var (state, _) = OutboxQueue.Enqueue(new SmartStoreOutboxState(), Dispatch("1", "111"), Now);
        var applied = OutboxQueue.Succeeded(state.Items[0], Now, "t1");
        state = OutboxQueue.Reported(OutboxQueue.Update(state, [applied]), applied.Id, applied.Report!);
        Assert.Empty(state.Items);

        // The order marked the dispatch pending when it enqueued it again: it needs an answer, SmartStore no second call.
        var (again, changed) = OutboxQueue.Enqueue(state, Dispatch("1", "111"), Now.AddMinutes(1));
        Assert.True(changed);
        var item = Assert.Single(again.Items);
        Assert.True(item is { Done: true, InFlight: false });
        Assert.True(item.Report is { Succeeded: true, WillRetry: false, Kind: SmartStoreWriteKind.Dispatch });
        Assert.Equal(new Tracking("CJGLS", "111"), item.Report.Tracking);
        Assert.Empty(OutboxQueue.DueSends(again.Items, Now.AddMinutes(1)));
        Assert.Empty(OutboxQueue.DueReadBacks(again.Items, Now.AddMinutes(1)));
        Assert.Equal(DateTimeOffset.MinValue, OutboxQueue.NextDue(again.Items));

        var (queuedTwice, changedTwice) = OutboxQueue.Enqueue(again, Dispatch("1", "111"), Now.AddMinutes(2));
        Assert.False(changedTwice);
        Assert.Same(again, queuedTwice);

        var reported = OutboxQueue.Reported(again, item.Id, item.Report);
        Assert.Empty(reported.Items);
        Assert.Equal(OutboxQueue.Fingerprint(Dispatch("1", "111")), Assert.Single(reported.Finished));
    }

    [Fact]
    public void ARefusedWriteEnqueuedAgainIsSentAgain()
    {
        var state = new SmartStoreOutboxState();

        (state, _) = OutboxQueue.Enqueue(state, Dispatch("1", "bad"), Now);
        var refused = OutboxQueue.Failed(state.Items[0], FailureVerdict.Final, "104122", "송장 번호 오류", null, Now, 0.5);
        state = OutboxQueue.Reported(OutboxQueue.Update(state, [refused]), refused.Id, refused.Report!);
        Assert.Empty(state.Items);
        Assert.True(OutboxQueue.Enqueue(state, Dispatch("1", "bad"), Now).Changed);
    }

    [Fact]
    public void ADispatchOrDelayWaitsForItsOrdersConfirmOnly()
    {
        var state = new SmartStoreOutboxState();
        foreach (var request in new[] { Confirm("1"), Dispatch("1", "111"), Delay("1"), Dispatch("2", "222") })
        {
            (state, _) = OutboxQueue.Enqueue(state, request, Now);
        }

        var due = OutboxQueue.DueSends(state.Items, Now);
        Assert.Equal(["1/Confirm", "2/Dispatch"], due.Select(i => $"{i.Request.ProductOrderId}/{i.Request.Kind}"));

        var confirmed = OutboxQueue.Succeeded(state.Items[0], Now, null);
        state = OutboxQueue.Update(state, [confirmed]);
        Assert.Equal(3, OutboxQueue.DueSends(state.Items, Now).Length);
        Assert.Equal(DateTimeOffset.MinValue, OutboxQueue.NextDue(state.Items));
    }

    [Fact]
    public void BatchesGroupByKindInThirtiesAndDelaysGoOneByOne()
    {
        var items = Enumerable.Range(0, 65).Select(i => OutboxItem.New(Confirm($"c{i}"), Now))
            .Concat(Enumerable.Range(0, 31).Select(i => OutboxItem.New(Dispatch($"d{i}", $"t{i}"), Now)))
            .Concat(Enumerable.Range(0, 2).Select(i => OutboxItem.New(Delay($"l{i}"), Now)));

        var batches = OutboxQueue.Batches(items).Select(b => (b.Kind, b.Items.Length)).ToList();

        Assert.Equal(
            [(SmartStoreWriteKind.Confirm, 30), (SmartStoreWriteKind.Confirm, 30), (SmartStoreWriteKind.Confirm, 5),
             (SmartStoreWriteKind.Dispatch, 30), (SmartStoreWriteKind.Dispatch, 1), (SmartStoreWriteKind.Delay, 1), (SmartStoreWriteKind.Delay, 1)],
            batches);
    }

    [Fact]
    public void ARetryIsReportedOnlyWhenItsErrorIsNewAndAnUnknownOutcomeStaysInFlight()
    {
        var item = OutboxItem.New(Confirm("1"), Now) with { InFlight = true };

        var first = OutboxQueue.Failed(item, FailureVerdict.RetryUnknown, "GW.INTERNAL_SERVER_ERROR", "오류", "t1", Now, 0.5);
        Assert.True(first.InFlight);
        Assert.Equal(Now.AddSeconds(1), first.DueAt);
        Assert.True(first.Report is { WillRetry: true, Succeeded: false, ErrorCode: "GW.INTERNAL_SERVER_ERROR" });

        var delivered = first with { Report = null };
        var same = OutboxQueue.Failed(delivered, FailureVerdict.RetryUnknown, "GW.INTERNAL_SERVER_ERROR", "오류", "t2", Now, 0.5);
        Assert.Null(same.Report);
        Assert.Equal(Now.AddSeconds(2), same.DueAt);

        var other = OutboxQueue.Failed(same, FailureVerdict.Retry, "GW.RATE_LIMIT", "요청이 많아요", "t3", Now, 0.5);
        Assert.False(other.InFlight);
        Assert.Equal("GW.RATE_LIMIT", other.Report!.ErrorCode);

        var final = OutboxQueue.Failed(other with { Report = null }, FailureVerdict.Final, "104442", "상품 주문 상태를 확인해 주세요.", "t4", Now, 0.5);
        Assert.True(final.Done);
        Assert.True(final.Report is { WillRetry: false, ErrorMessage: "상품 주문 상태를 확인해 주세요.", TraceId: "t4" });
    }

    [Fact]
    public void AReadBackRecognisesEachKindApplied()
    {
        var due = new DateTimeOffset(2026, 3, 5, 18, 0, 0, 123, TimeSpan.FromHours(9)).AddTicks(4567);
        var order = Order("1", ProductOrderStatuses.Payed, PlaceOrderStatuses.Ok, null, due.AddTicks(-4567), "PRODUCT_PREPARE");

        Assert.True(OutboxQueue.IsApplied(Confirm("1"), order));
        Assert.False(OutboxQueue.IsApplied(Confirm("1"), order with { PlaceOrderStatus = PlaceOrderStatuses.NotYet }));
        Assert.True(OutboxQueue.IsApplied(Delay("1", due), order));
        Assert.False(OutboxQueue.IsApplied(Delay("1", due.AddDays(1)), order));
        Assert.False(OutboxQueue.IsApplied(Dispatch("1", "111"), order));

        var dispatched = order with { ProductOrderStatus = ProductOrderStatuses.Delivering, Delivery = new DeliveryInfo("CJGLS", "111", "DELIVERY", "DELIVERING", Now, null) };
        Assert.True(OutboxQueue.IsApplied(Dispatch("1", "111"), dispatched));
        Assert.False(OutboxQueue.IsApplied(Dispatch("1", "999"), dispatched));
    }

    private static SmartStoreWriteRequest Confirm(string id) => new(id, SmartStoreWriteKind.Confirm);

    private static SmartStoreWriteRequest Dispatch(string id, string tracking) =>
        new(id, SmartStoreWriteKind.Dispatch, new Tracking("CJGLS", tracking));

    private static SmartStoreWriteRequest Delay(string id, DateTimeOffset? due = null) =>
        new(id, SmartStoreWriteKind.Delay, DispatchDueDate: due ?? Now.AddDays(3), DelayReason: "PRODUCT_PREPARE", DelayDetail: "입고 지연");

    private static ProductOrder Order(string id, string status, string placeStatus, DeliveryInfo? delivery, DateTimeOffset? dueDate, string? reason) =>
        new(id, "o" + id, status, placeStatus, null, null, Now, Now, null, null, null, 1, 1000, null, delivery, null, dueDate, reason);
}
