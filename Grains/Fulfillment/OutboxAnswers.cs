using System.Collections.Immutable;
using Grains.Interfaces.Fulfillment;
using SmartStore;
using SmartStore.Models;

namespace Grains.Fulfillment;

/// <summary>
/// What SmartStore's answers mean for the outbox's items, as pure functions: the answer to a sent batch, a read-back
/// of in-flight items, and a pass without credentials to call SmartStore with. Each takes the time and the backoff
/// jitter (a source of numbers in [0, 1), e.g. <see cref="Random.NextDouble"/>, drawn once per failed item in
/// order), so the same answer always yields the same items.
/// </summary>
public static class OutboxAnswers
{
    /// <summary>The error message of a sent item that SmartStore's answer did not mention.</summary>
    public const string NotMentionedMessage = "The answer did not mention the product order";

    /// <summary>The error message of an in-flight item whose order a successful read-back did not return.</summary>
    public const string NotReturnedMessage = "스마트스토어가 주문을 돌려주지 않아 처리 결과를 확인하지 못했어요.";

    /// <summary>
    /// Each item of a sent <paramref name="batch"/> after SmartStore's <paramref name="result"/>: applied, refused
    /// for good or retried as <see cref="WriteFailureRules"/> judges the failure, or retried as unknown when the
    /// answer did not mention it. Whether a dispatch's or delay's confirm is still owed is read from
    /// <paramref name="latest"/>, the queue as it is now.
    /// </summary>
    public static ImmutableArray<OutboxItem> Judge(
        ImmutableArray<OutboxItem> latest, IEnumerable<OutboxItem> batch, SmartStoreResult<WriteOutcome> result, DateTimeOffset now, Func<double> jitter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(jitter);
        var updated = ImmutableArray.CreateBuilder<OutboxItem>();
        foreach (var item in batch)
        {
            var request = item.Request;
            var confirmPending = request.Kind != SmartStoreWriteKind.Confirm && OutboxQueue.ConfirmPending(latest, request.ProductOrderId);
            if (!result.IsSuccess)
            {
                var verdict = WriteFailureRules.ForCall(request.Kind, result.Error, confirmPending);
                updated.Add(OutboxQueue.Failed(item, verdict, result.Error.Code, result.Error.Message, result.TraceId, now, jitter()));
            }
            else if (result.Value.Succeeded.Contains(request.ProductOrderId))
            {
                updated.Add(OutboxQueue.Succeeded(item, now, result.TraceId));
            }
            else if (result.Value.Failed.FirstOrDefault(f => f.ProductOrderId == request.ProductOrderId) is { } failure)
            {
                var verdict = WriteFailureRules.ForItem(request.Kind, failure.Code, confirmPending);
                updated.Add(OutboxQueue.Failed(item, verdict, failure.Code, failure.Message, result.TraceId, now, jitter()));
            }
            else
            {
                updated.Add(OutboxQueue.Failed(
                    item, FailureVerdict.RetryUnknown, SmartStoreErrorCodes.OutcomeUnknown, NotMentionedMessage, result.TraceId, now, jitter()));
            }
        }

        return updated.ToImmutable();
    }

    /// <summary>
    /// Each in-flight item after reading its order back: applied (finished, the success to report), not applied
    /// (sent again now), or still unknown when the read failed or did not return the order (read back again after a
    /// backoff). <c>Applied</c> says which of the first two, and is null for the third.
    /// </summary>
    public static ImmutableArray<(OutboxItem Item, bool? Applied)> ReadBack(
        IEnumerable<OutboxItem> items, SmartStoreResult<ProductOrderQueryResult> read, DateTimeOffset now, Func<double> jitter)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(jitter);
        var updated = ImmutableArray.CreateBuilder<(OutboxItem Item, bool? Applied)>();
        foreach (var item in items)
        {
            var order = read.IsSuccess ? read.Value.Orders.FirstOrDefault(o => o.ProductOrderId == item.Request.ProductOrderId) : null;
            if (order is not null)
            {
                var applied = OutboxQueue.IsApplied(item.Request, order);
                updated.Add((applied ? OutboxQueue.Succeeded(item, now, read.TraceId) : OutboxQueue.NotApplied(item, now), applied));
            }
            else
            {
                var (code, message) = read.IsSuccess ? (SmartStoreErrorCodes.OutcomeUnknown, NotReturnedMessage) : (read.Error.Code, read.Error.Message);
                updated.Add((OutboxQueue.Failed(item, FailureVerdict.RetryUnknown, code, message, read.TraceId, now, jitter()), null));
            }
        }

        return updated.ToImmutable();
    }

    /// <summary>
    /// The items of a pass that has no usable SmartStore credentials, failed with <paramref name="code"/>: the due
    /// <paramref name="readBacks"/> stay unknown, and the due <paramref name="sends"/> still unsent in
    /// <paramref name="latest"/> (<see cref="OutboxQueue.StillUnsent"/>) are plain retries, since nothing was sent.
    /// </summary>
    public static ImmutableArray<OutboxItem> WithoutCredentials(
        ImmutableArray<OutboxItem> latest,
        IEnumerable<OutboxItem> readBacks,
        IEnumerable<OutboxItem> sends,
        string code,
        string message,
        DateTimeOffset now,
        Func<double> jitter)
    {
        ArgumentNullException.ThrowIfNull(readBacks);
        ArgumentNullException.ThrowIfNull(jitter);
        return
        [
            .. readBacks.Select(i => OutboxQueue.Failed(i, FailureVerdict.RetryUnknown, code, message, null, now, jitter())),
            .. OutboxQueue.StillUnsent(latest, sends).Select(i => OutboxQueue.Failed(i, FailureVerdict.Retry, code, message, null, now, jitter())),
        ];
    }
}
