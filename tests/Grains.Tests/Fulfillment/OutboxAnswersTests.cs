using Grains.Fulfillment;
using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Orders;
using Grains.Security;
using SmartStore;
using SmartStore.Models;

namespace Grains.Tests.Fulfillment;

/// <summary>What SmartStore's answers make of the outbox's items, without a cluster: a sent batch, a read-back, no credentials.</summary>
public sealed class OutboxAnswersTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASuccessFinishesEachItemWithItsReportAndDrawsNoJitter()
    {
        var batch = new[] { Sent(Confirm("1")), Sent(Confirm("2")) };
        var answer = SmartStoreResult<WriteOutcome>.Success(new WriteOutcome(["1", "2"], [], []), "t1");

        var judged = OutboxAnswers.Judge([.. batch], batch, answer, Now, NoJitter);

        Assert.Equal(batch.Select(i => i.Id), judged.Select(i => i.Id));
        Assert.All(judged, i => Assert.True(i is { Done: true, InFlight: false, Report: { Succeeded: true, WillRetry: false, TraceId: "t1" } }));
        Assert.All(judged, i => Assert.Equal(Now, i.Report!.At));
    }

    [Fact]
    public void APerItemRefusalIsRetriedOrFinalByItsCode()
    {
        var batch = new[] { Sent(Dispatch("1", "111")), Sent(Dispatch("2", "bad")) };
        var answer = SmartStoreResult<WriteOutcome>.Success(
            new WriteOutcome([], [new ProductOrderFailure("1", "GW.RATE_LIMIT", "요청이 많아요"), new ProductOrderFailure("2", "104122", "송장 번호 오류")], []),
            "t2");

        var judged = OutboxAnswers.Judge([.. batch], batch, answer, Now, Jitter(0.5));

        var retried = judged[0];
        Assert.True(retried is { Done: false, InFlight: false, Attempts: 1, LastErrorCode: "GW.RATE_LIMIT" });
        Assert.Equal(Now.AddSeconds(1), retried.DueAt);
        Assert.True(retried.Report is { Succeeded: false, WillRetry: true, ErrorCode: "GW.RATE_LIMIT", TraceId: "t2" });

        var refused = judged[1];
        Assert.True(refused is { Done: true, InFlight: false });
        Assert.True(refused.Report is { Succeeded: false, WillRetry: false, ErrorCode: "104122", ErrorMessage: "송장 번호 오류", TraceId: "t2" });
        Assert.Equal("bad", refused.Report.Tracking!.TrackingNumber);
    }

    [Fact]
    public void ADispatchRefusedBeforeItsConfirmIsRetriedOnlyWhileTheConfirmIsStillOwed()
    {
        var confirm = OutboxItem.New(Confirm("1"), Now);
        var dispatch = Sent(Dispatch("1", "111"));
        var answer = SmartStoreResult<WriteOutcome>.Success(
            new WriteOutcome([], [new ProductOrderFailure("1", WriteFailureRules.NotConfirmedCode, "발주 상태를 확인해 주세요.")], []), "t3");

        var whileOwed = Assert.Single(OutboxAnswers.Judge([confirm, dispatch], [dispatch], answer, Now, Jitter(0.5)));
        Assert.True(whileOwed is { Done: false, InFlight: false, Attempts: 1 });
        Assert.True(whileOwed.Report is { WillRetry: true, ErrorCode: WriteFailureRules.NotConfirmedCode });

        var confirmed = OutboxQueue.Succeeded(confirm, Now, null);
        var afterConfirm = Assert.Single(OutboxAnswers.Judge([confirmed, dispatch], [dispatch], answer, Now, Jitter(0.5)));
        Assert.True(afterConfirm is { Done: true, Report: { Succeeded: false, WillRetry: false } });

        // A confirm refused with the same code is not waiting for itself.
        var sentConfirm = Sent(Confirm("2"));
        var confirmAnswer = SmartStoreResult<WriteOutcome>.Success(
            new WriteOutcome([], [new ProductOrderFailure("2", WriteFailureRules.NotConfirmedCode, "x")], []), null);
        Assert.True(Assert.Single(OutboxAnswers.Judge([sentConfirm], [sentConfirm], confirmAnswer, Now, Jitter(0.5))).Done);
    }

    [Fact]
    public void AWholeCallFailureJudgesEveryItemOfTheBatchByTheError()
    {
        var batch = new[] { Sent(Confirm("1")), Sent(Confirm("2")) };
        var draws = new List<double>();

        var unknown = OutboxAnswers.Judge(
            [.. batch], batch, SmartStoreResult<WriteOutcome>.Failure(new SmartStoreError(500, "GW.INTERNAL_SERVER_ERROR", "오류", "t4")), Now, Recorded(draws, 0.0, 0.5));
        Assert.All(unknown, i => Assert.True(i is { Done: false, InFlight: true, Attempts: 1, Report: { WillRetry: true, ErrorCode: "GW.INTERNAL_SERVER_ERROR", TraceId: "t4" } }));
        Assert.Equal([Now.AddSeconds(0.8), Now.AddSeconds(1)], unknown.Select(i => i.DueAt));
        Assert.Equal(2, draws.Count);

        var limited = OutboxAnswers.Judge(
            [.. batch], batch, SmartStoreResult<WriteOutcome>.Failure(new SmartStoreError(429, "GW.RATE_LIMIT", "요청이 많아요", null)), Now, Jitter(0.5));
        Assert.All(limited, i => Assert.True(i is { Done: false, InFlight: false }));

        var refused = OutboxAnswers.Judge(
            [.. batch], batch, SmartStoreResult<WriteOutcome>.Failure(new SmartStoreError(400, "104442", "상품 주문 상태를 확인해 주세요.", null)), Now, Jitter(0.5));
        Assert.All(refused, i => Assert.True(i is { Done: true, Report: { Succeeded: false, WillRetry: false, ErrorCode: "104442" } }));
    }

    [Fact]
    public void AnItemTheAnswerDidNotMentionStaysInFlightWithAnUnknownOutcome()
    {
        var batch = new[] { Sent(Confirm("1")), Sent(Confirm("2")) };
        var answer = SmartStoreResult<WriteOutcome>.Success(new WriteOutcome(["1"], [], []), "t5");

        var judged = OutboxAnswers.Judge([.. batch], batch, answer, Now, Jitter(0.5));

        Assert.True(judged[0].Done);
        Assert.True(judged[1] is { Done: false, InFlight: true, Attempts: 1 });
        Assert.True(judged[1].Report is { ErrorCode: SmartStoreErrorCodes.OutcomeUnknown, ErrorMessage: OutboxAnswers.NotMentionedMessage, WillRetry: true, TraceId: "t5" });
        Assert.Equal(Now.AddSeconds(1), judged[1].DueAt);
    }

    [Fact]
    public void AReadBackFindsEachWriteAppliedOrNotAppliedFromItsOrder()
    {
        var confirm = Sent(Confirm("1"));
        var dispatch = Sent(Dispatch("1", "111"));
        var confirmed = Order("1", PlaceOrderStatuses.Ok);
        var read = SmartStoreResult<ProductOrderQueryResult>.Success(new ProductOrderQueryResult([confirmed], []), "r1");

        var updated = OutboxAnswers.ReadBack([confirm, dispatch], read, Now, NoJitter);

        Assert.Equal([true, false], updated.Select(u => u.Applied));
        Assert.True(updated[0].Item is { Done: true, InFlight: false, Report: { Succeeded: true, TraceId: "r1" } });
        Assert.True(updated[1].Item is { Done: false, InFlight: false, Report: null, Attempts: 0 });
        Assert.Equal(Now, updated[1].Item.DueAt);
    }

    [Fact]
    public void AReadBackThatDoesNotReturnTheOrderLeavesTheOutcomeUnknown()
    {
        var confirm = Sent(Confirm("1"));

        var missing = Assert.Single(OutboxAnswers.ReadBack(
            [confirm], SmartStoreResult<ProductOrderQueryResult>.Success(new ProductOrderQueryResult([Order("9", PlaceOrderStatuses.Ok)], ["1"]), "r2"), Now, Jitter(0.5)));
        Assert.Null(missing.Applied);
        Assert.True(missing.Item is { Done: false, InFlight: true, Attempts: 1 });
        Assert.True(missing.Item.Report is { ErrorCode: SmartStoreErrorCodes.OutcomeUnknown, ErrorMessage: OutboxAnswers.NotReturnedMessage, TraceId: "r2", WillRetry: true });
        Assert.Equal(Now.AddSeconds(1), missing.Item.DueAt);

        var failed = Assert.Single(OutboxAnswers.ReadBack(
            [confirm], SmartStoreResult<ProductOrderQueryResult>.Failure(new SmartStoreError(0, SmartStoreErrorCodes.Timeout, "시간 초과", null)), Now, Jitter(0.5)));
        Assert.Null(failed.Applied);
        Assert.True(failed.Item is { InFlight: true, Report.ErrorCode: SmartStoreErrorCodes.Timeout });
    }

    [Fact]
    public void WithoutCredentialsReadBacksStayUnknownAndUnsentWritesAreRetriedAsTheyAreNow()
    {
        var inFlight = Sent(Confirm("1"));
        var dispatch = OutboxItem.New(Dispatch("2", "111"), Now);
        var gone = OutboxItem.New(Confirm("3"), Now);
        var corrected = dispatch with { Request = Dispatch("2", "222") };
        var draws = new List<double>();

        var failed = OutboxAnswers.WithoutCredentials(
            [inFlight, corrected], [inFlight], [dispatch, gone], SellerCredentialProblems.NotRegisteredCode, "계정 없음", Now, Recorded(draws, 0.0, 0.5));

        Assert.Equal([inFlight.Id, dispatch.Id], failed.Select(i => i.Id));
        Assert.True(failed[0] is { InFlight: true, Attempts: 1, Report: { ErrorCode: SellerCredentialProblems.NotRegisteredCode, WillRetry: true, TraceId: null } });
        Assert.True(failed[1] is { InFlight: false, Attempts: 1, Done: false });
        Assert.Equal("222", failed[1].Request.Tracking!.TrackingNumber);
        Assert.Equal([Now.AddSeconds(0.8), Now.AddSeconds(1)], failed.Select(i => i.DueAt));
        Assert.Equal(2, draws.Count);
    }

    private static double NoJitter() => throw new InvalidOperationException("no jitter was expected");

    private static Func<double> Jitter(double value) => () => value;

    private static Func<double> Recorded(List<double> draws, params double[] values) => () =>
    {
        var value = values[draws.Count];
        draws.Add(value);
        return value;
    };

    private static OutboxItem Sent(SmartStoreWriteRequest request) => OutboxItem.New(request, Now) with { InFlight = true };

    private static SmartStoreWriteRequest Confirm(string id) => new(id, SmartStoreWriteKind.Confirm);

    private static SmartStoreWriteRequest Dispatch(string id, string tracking) =>
        new(id, SmartStoreWriteKind.Dispatch, new Tracking("CJGLS", tracking));

    private static ProductOrder Order(string id, string placeStatus) =>
        new(id, "o" + id, ProductOrderStatuses.Payed, placeStatus, null, null, Now, Now, null, null, null, 1, 1000, null, null, null);
}
