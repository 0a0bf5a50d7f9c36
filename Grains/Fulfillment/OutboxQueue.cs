using System.Collections.Immutable;
using System.Globalization;
using Grains.Interfaces.Fulfillment;
using SmartStore.Models;

namespace Grains.Fulfillment;

/// <summary>
/// The outbox's queue rules as pure functions: idempotent enqueueing, what is held back (a dispatch or delay waits for
/// its order's confirm), what is due, batching by kind, how a read-back or a per-item answer changes an item.
/// </summary>
public static class OutboxQueue
{
    /// <summary>Most product orders Naver takes in one confirm or dispatch call.</summary>
    public const int MaxBatch = 30;

    /// <summary>How many finished writes are remembered against a repeated enqueue.</summary>
    public const int FinishedMemory = 1_000;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> for a write the outbox cannot send: no product order, a dispatch without
    /// tracking, a delay without a due date or reason, an unknown kind.
    /// </summary>
    public static void Validate(SmartStoreWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ProductOrderId);
        switch (request.Kind)
        {
            case SmartStoreWriteKind.Dispatch when request.Tracking is null:
                throw new ArgumentException("A dispatch needs a carrier and tracking number.", nameof(request));
            case SmartStoreWriteKind.Delay when request.DispatchDueDate is null || string.IsNullOrWhiteSpace(request.DelayReason):
                throw new ArgumentException("A dispatch delay needs a due date and a reason.", nameof(request));
            case SmartStoreWriteKind.Confirm or SmartStoreWriteKind.Dispatch or SmartStoreWriteKind.Delay:
                return;
            default:
                throw new ArgumentException($"Unknown SmartStore write {request.Kind}.", nameof(request));
        }
    }

    /// <summary>
    /// Adds <paramref name="request"/>: nothing changes when the same write is queued; one applied recently is not sent
    /// again, but its success is queued to be reported once more (the order marked the write pending when it enqueued
    /// it); a queued, unsent write of the same order and kind with other content is replaced in place; otherwise it is
    /// appended.
    /// </summary>
    public static (SmartStoreOutboxState State, bool Changed) Enqueue(SmartStoreOutboxState state, SmartStoreWriteRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ProductOrderId);
        if (state.Items.Any(i => i.Request == request))
        {
            return (state, false);
        }

        if (state.Finished.Contains(Fingerprint(request)))
        {
            return (state with { Items = state.Items.Add(Succeeded(OutboxItem.New(request, now), now, null)) }, true);
        }

        var replaceable = state.Items.FirstOrDefault(i =>
            !i.Done && !i.InFlight && i.Request.ProductOrderId == request.ProductOrderId && i.Request.Kind == request.Kind);
        var items = replaceable is null
            ? state.Items.Add(OutboxItem.New(request, now))
            : state.Items.Replace(replaceable, replaceable with { Request = request, DueAt = now, Attempts = 0, EnqueuedAt = now });
        return (state with { Items = items }, true);
    }

    /// <summary>True when the outbox still owes the confirm of <paramref name="productOrderId"/>.</summary>
    public static bool ConfirmPending(ImmutableArray<OutboxItem> items, string productOrderId) =>
        items.Any(i => !i.Done && i.Request.Kind == SmartStoreWriteKind.Confirm && i.Request.ProductOrderId == productOrderId);

    /// <summary>
    /// True when <paramref name="item"/> must wait for an earlier unfinished write of its order: its confirm (SmartStore
    /// refuses a dispatch or delay before it with <c>104443</c>) or an earlier write of the same kind.
    /// </summary>
    public static bool IsHeld(ImmutableArray<OutboxItem> items, OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var other in items)
        {
            if (other.Id == item.Id)
            {
                return false;
            }

            if (!other.Done && other.Request.ProductOrderId == item.Request.ProductOrderId
                && (other.Request.Kind == item.Request.Kind || (other.Request.Kind == SmartStoreWriteKind.Confirm && item.Request.Kind != SmartStoreWriteKind.Confirm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In-flight items due now: their outcome is unknown, so they are read back before anything else.</summary>
    public static ImmutableArray<OutboxItem> DueReadBacks(ImmutableArray<OutboxItem> items, DateTimeOffset now) =>
        [.. items.Where(i => !i.Done && i.InFlight && i.DueAt <= now)];

    /// <summary>Items to send now: unfinished, not in flight, due and not held back.</summary>
    public static ImmutableArray<OutboxItem> DueSends(ImmutableArray<OutboxItem> items, DateTimeOffset now) =>
        [.. items.Where(i => !i.Done && !i.InFlight && i.DueAt <= now && !IsHeld(items, i))];

    /// <summary>
    /// The items of <paramref name="due"/> as they are now in <paramref name="items"/>, matched by id, that are still
    /// unsent (not finished, not in flight). A pass takes its due items before awaiting credentials or a read-back; an
    /// enqueue may meanwhile replace one in place with a corrected request, which is the one to send, never the snapshot.
    /// </summary>
    public static ImmutableArray<OutboxItem> StillUnsent(ImmutableArray<OutboxItem> items, IEnumerable<OutboxItem> due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var ids = due.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return [.. items.Where(i => ids.Contains(i.Id) && !i.Done && !i.InFlight)];
    }

    /// <summary>
    /// Splits items into calls: confirms and dispatches in batches of <see cref="MaxBatch"/>, delays one per call
    /// (the endpoint takes one product order).
    /// </summary>
    public static IEnumerable<(SmartStoreWriteKind Kind, OutboxItem[] Items)> Batches(IEnumerable<OutboxItem> items)
    {
        foreach (var group in items.GroupBy(i => i.Request.Kind).OrderBy(g => g.Key))
        {
            foreach (var batch in group.Chunk(group.Key == SmartStoreWriteKind.Delay ? 1 : MaxBatch))
            {
                yield return (group.Key, batch);
            }
        }
    }

    /// <summary>
    /// The earliest time something needs doing: an outcome to report (now), or the next send or read-back (held items
    /// follow the item that holds them); null when the queue is empty.
    /// </summary>
    public static DateTimeOffset? NextDue(ImmutableArray<OutboxItem> items)
    {
        DateTimeOffset? next = null;
        foreach (var item in items)
        {
            if (item.Report is null && (item.Done || (!item.InFlight && IsHeld(items, item))))
            {
                continue;
            }

            var due = item.Report is not null ? DateTimeOffset.MinValue : item.DueAt;
            next = next is null || due < next ? due : next;
        }

        return next;
    }

    /// <summary>True when SmartStore's <paramref name="order"/> shows <paramref name="request"/> applied.</summary>
    public static bool IsApplied(SmartStoreWriteRequest request, ProductOrder order)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(order);
        return request.Kind switch
        {
            SmartStoreWriteKind.Confirm => order.PlaceOrderStatus == PlaceOrderStatuses.Ok,
            SmartStoreWriteKind.Dispatch => order.ProductOrderStatus is ProductOrderStatuses.Delivering or ProductOrderStatuses.Delivered or ProductOrderStatuses.PurchaseDecided
                && order.Delivery?.TrackingNumber == request.Tracking?.TrackingNumber,
            _ => request.DispatchDueDate is { } due && order.ShippingDueDate == TruncateToMilliseconds(due)
                && order.DelayedDispatchReason == request.DelayReason,
        };
    }

    /// <summary>The item applied on SmartStore: finished, with the success to report.</summary>
    public static OutboxItem Succeeded(OutboxItem item, DateTimeOffset now, string? traceId)
    {
        ArgumentNullException.ThrowIfNull(item);
        var request = item.Request;
        var report = new SmartStoreWriteResult(request.Kind, true, request.Tracking, null, null, traceId, false, now,
            request.Kind == SmartStoreWriteKind.Delay ? request.DispatchDueDate : null);
        return item with { Done = true, InFlight = false, Report = report };
    }

    /// <summary>
    /// The item failed with <paramref name="code"/>, judged <paramref name="verdict"/>: final refusals finish it with a
    /// report for a person; retries back off, stay in flight when the outcome is unknown, and are reported only when
    /// the error is new (so a long outage does not write to the order on every attempt).
    /// </summary>
    public static OutboxItem Failed(
        OutboxItem item, FailureVerdict verdict, string code, string message, string? traceId, DateTimeOffset now, double jitter)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (verdict == FailureVerdict.AlreadyApplied)
        {
            return Succeeded(item, now, traceId);
        }

        var request = item.Request;
        if (verdict == FailureVerdict.Final)
        {
            var refusal = new SmartStoreWriteResult(request.Kind, false, request.Tracking, code, message, traceId, false, now);
            return item with { Done = true, InFlight = false, Report = refusal };
        }

        var attempts = item.Attempts + 1;
        var retry = item with
        {
            Attempts = attempts,
            DueAt = now + OutboxBackoff.Delay(attempts, code, jitter),
            InFlight = verdict == FailureVerdict.RetryUnknown,
        };
        return code == item.LastErrorCode
            ? retry
            : retry with { LastErrorCode = code, Report = new SmartStoreWriteResult(request.Kind, false, request.Tracking, code, message, traceId, true, now) };
    }

    /// <summary>The read-back found the in-flight item not applied: it may be sent again now.</summary>
    public static OutboxItem NotApplied(OutboxItem item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item with { InFlight = false, DueAt = now };
    }

    /// <summary>
    /// The state after the order acknowledged the report of the item <paramref name="id"/>: a finished item leaves
    /// the queue and is remembered by fingerprint; a retrying one keeps going.
    /// </summary>
    public static SmartStoreOutboxState Reported(SmartStoreOutboxState state, string id, SmartStoreWriteResult report)
    {
        ArgumentNullException.ThrowIfNull(state);
        var item = state.Items.FirstOrDefault(i => i.Id == id);
        if (item is null || item.Report != report)
        {
            // A newer outcome replaced the one delivered; it is reported on its own.
            return state;
        }

        if (!item.Done)
        {
            return state with { Items = state.Items.Replace(item, item with { Report = null }) };
        }

        // Only applied writes are remembered: a refused one enqueued again is a person trying again.
        // A success reported again (the write was enqueued again after it was applied) is remembered once.
        var fingerprint = Fingerprint(item.Request);
        var finished = report.Succeeded ? state.Finished.Remove(fingerprint, StringComparer.Ordinal).Add(fingerprint) : state.Finished;
        if (finished.Length > FinishedMemory)
        {
            finished = finished.RemoveRange(0, finished.Length - FinishedMemory);
        }

        return state with { Items = state.Items.Remove(item), Finished = finished };
    }

    /// <summary>Replaces items by id with <paramref name="updated"/>; items no longer in the queue are ignored.</summary>
    public static SmartStoreOutboxState Update(SmartStoreOutboxState state, IEnumerable<OutboxItem> updated)
    {
        ArgumentNullException.ThrowIfNull(state);
        var byId = updated.ToDictionary(i => i.Id, StringComparer.Ordinal);
        return byId.Count == 0
            ? state
            : state with { Items = [.. state.Items.Select(i => byId.GetValueOrDefault(i.Id) ?? i)] };
    }

    /// <summary>A write's identity and content as one string.</summary>
    public static string Fingerprint(SmartStoreWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Join(
            '|',
            request.ProductOrderId,
            request.Kind.ToString(),
            request.Tracking?.DeliveryCompanyCode,
            request.Tracking?.TrackingNumber,
            request.DispatchDueDate?.UtcTicks.ToString(CultureInfo.InvariantCulture),
            request.DelayReason,
            request.DelayDetail);
    }

    // Naver keeps milliseconds; the client sends the due date truncated the same way.
    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);
}
