using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>Placing (the points protocol's order steps) and what follows it: SmartStore writes, tracking, refunds.</summary>
public static partial class OrderStateMachine
{
    /// <summary>
    /// 개별 주문: creates an order the seller enters by hand (<see cref="OrderData.Manual"/>), with the chosen catalog
    /// option (null or <see cref="OrderValidator.NoOptionId"/> for a product without options), validated like a
    /// collected one.
    /// </summary>
    public static CollectResult CollectManual(CollectedOrder facts, string? optionId, OrderCheckContext context, DateTimeOffset now)
    {
        var created = Collect(null, facts, context, now);
        if (!created.Succeeded || created.State is null)
        {
            return created;
        }

        var manual = created.State with { Manual = true, ChosenOptionId = optionId ?? OrderValidator.NoOptionId };
        return created with { State = Validated(manual, context) };
    }

    /// <summary>
    /// Step 1 of placing: records <paramref name="placement"/> (number, price, supplier) on an orderable order before
    /// any point is charged. While it is recorded the order is neither orderable nor changeable by other commands;
    /// <see cref="CompletePlacing"/> or <see cref="AbandonPlacing"/> ends it. Beginning the same placement again is a
    /// no-op, so a retried step is harmless.
    /// </summary>
    public static TransitionResult BeginPlacing(OrderData state, Placement placement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(placement);
        if (state.Placement is not null)
        {
            return Unchanged(state);
        }

        var refusal = RefuseUnlessOrderable(state, "발주");
        if (refusal is not null)
        {
            return refusal;
        }

        return placement.Amount is <= 0 or > Points.WalletGrain.MaxAmount
            ? Refuse(state, TransitionErrorCode.InvalidInput, $"결제 금액이 올바르지 않아요: {placement.Amount:N0}")
            : Apply(state, state with { Placement = placement }, now);
    }

    /// <summary>
    /// Step 3 of placing, once the charge of the placement's amount is in the ledger: the order becomes 주문발주 with
    /// its OnChannel number, is handed to the supplier, and (unless manual) owes SmartStore its 발주확인.
    /// </summary>
    public static TransitionResult CompletePlacing(OrderData state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Placement is not { } placement)
        {
            return state.IsPlaced ? Unchanged(state) : RefuseState(state, "발주 완료");
        }

        return Apply(
            state,
            state with
            {
                Status = OrderStatus.Ordered,
                Errors = [],
                OnchOrderNo = placement.OnchOrderNo,
                Amount = placement.Amount,
                SupplierId = placement.SupplierId,
                OptionId = placement.OptionId ?? state.OptionId,
                PlacedAt = now,
                Placement = null,
                SmartStore = state.Manual ? null : SmartStoreSync.None with { Pending = nameof(SmartStoreWriteKind.Confirm) },
            },
            now);
    }

    /// <summary>
    /// Undoes a placing whose charge was refused (nothing was charged): the order waits again, with 포인트 부족 when
    /// <paramref name="insufficientPoints"/>, and stays orderable so that a top-up lets it be placed. An order the buyer
    /// canceled while it was being placed becomes 취소 instead.
    /// </summary>
    public static TransitionResult AbandonPlacing(OrderData state, bool insufficientPoints, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Placement is null)
        {
            return Unchanged(state);
        }

        // A buyer cancellation seen while placing was only recorded (the order might have been placed); now that it
        // was not placed, it is canceled as it would have been before placing, and must not become orderable again.
        if (state.BuyerCanceledAt is not null)
        {
            return Apply(state, state with { Placement = null, Status = OrderStatus.Canceled, BuyerCanceledAt = null }, now);
        }

        var released = state with { Placement = null };
        return Apply(state, insufficientPoints ? released with { Errors = WithNotice(released.Errors, OrderErrorCode.InsufficientPoints) } : released, now);
    }

    /// <summary>
    /// Records how a SmartStore write ended. A success clears the pending write and the last refusal; a refusal keeps
    /// Naver's code and message visible (as 스마트스토어 처리 오류) and, when it will not be retried, marks the order
    /// for a person. Recording the same outcome twice changes nothing.
    /// </summary>
    public static TransitionResult RecordSmartStoreWrite(OrderData state, SmartStoreWriteResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(result);
        if (!state.IsPlaced || state.Manual)
        {
            return RefuseState(state, "스마트스토어 처리 기록");
        }

        var sync = state.SmartStore ?? SmartStoreSync.None;
        var errors = state.Errors.RemoveAll(e => e.Code == OrderErrorCode.SmartStoreRejected);
        if (result.Succeeded)
        {
            sync = result.Kind switch
            {
                SmartStoreWriteKind.Confirm => sync with { ConfirmedAt = sync.ConfirmedAt ?? result.At },
                SmartStoreWriteKind.Dispatch => sync with { DispatchedAt = sync.DispatchedAt ?? result.At },
                _ => sync with { DispatchDueDate = result.DispatchDueDate ?? sync.DispatchDueDate },
            };
            sync = sync with { Pending = sync.Pending == result.Kind.ToString() ? null : sync.Pending, LastErrorCode = null, LastErrorMessage = null, NeedsPerson = false };
            var tracking = result.Kind == SmartStoreWriteKind.Dispatch ? result.Tracking ?? state.SmartStoreTracking : state.SmartStoreTracking;
            return Apply(state, state with { SmartStore = sync, Errors = errors, SmartStoreTracking = tracking }, now);
        }

        sync = sync with
        {
            Pending = result.WillRetry ? result.Kind.ToString() : (sync.Pending == result.Kind.ToString() ? null : sync.Pending),
            LastErrorCode = result.ErrorCode,
            LastErrorMessage = result.ErrorMessage,
            NeedsPerson = !result.WillRetry,
        };
        var notice = new OrderError(OrderErrorCode.SmartStoreRejected, $"{OrderError.StandardMessage(OrderErrorCode.SmartStoreRejected)} ({result.ErrorCode}): {result.ErrorMessage}");
        return Apply(state, state with { SmartStore = sync, Errors = errors.Add(notice) }, now);
    }

    /// <summary>
    /// The supplier <paramref name="supplierId"/> entered (or changed) the carrier and tracking number. Returns, with
    /// the result, whether it must be sent to SmartStore: only the first number of an order SmartStore has not yet
    /// dispatched; a later change stays OnChannel's and shows as differing from SmartStore's.
    /// </summary>
    public static (TransitionResult Result, bool Dispatch) EnterSupplierTracking(
        OrderData state, string supplierId, Tracking tracking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(state.SupplierId, supplierId, StringComparison.Ordinal))
        {
            return (Refuse(state, TransitionErrorCode.NotFound, "주문을 찾을 수 없어요."), false);
        }

        if (state.BuyerCanceledAt is not null && state.OnchTracking is null)
        {
            return (Refuse(state, TransitionErrorCode.NotAllowedInCurrentState, "구매자가 취소한 주문이에요. 발송하지 말아 주세요."), false);
        }

        var first = state.OnchTracking is null;
        var result = SetSupplierTracking(state, tracking, now);
        if (!result.Changed || !first || state.Manual || state.SmartStore?.DispatchedAt is not null)
        {
            return (result, false);
        }

        var sync = (result.State.SmartStore ?? SmartStoreSync.None) with { Pending = nameof(SmartStoreWriteKind.Dispatch) };
        return (result with { State = result.State with { SmartStore = sync } }, true);
    }

    /// <summary>The points of a placed order the buyer canceled were refunded (once).</summary>
    public static TransitionResult MarkRefunded(OrderData state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.RefundedAt is not null ? Unchanged(state) : Apply(state, state with { RefundedAt = now }, now);
    }

    /// <summary>
    /// True when a placed order still has no supplier tracking number <paramref name="threshold"/> after placing
    /// (발송 지연 위험), unless a dispatch delay was registered on SmartStore and has not passed.
    /// </summary>
    public static bool IsShippingLate(OrderView order, DateTimeOffset now, TimeSpan threshold) =>
        ShippingDeadline.IsLate(order, now, threshold);
}
