using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>
/// The order lifecycle of product.md section 4 as pure functions over <see cref="OrderData"/>. The order grain calls
/// these, persists <see cref="TransitionResult.State"/> when <see cref="TransitionResult.Changed"/>, then announces it.
/// A refused transition returns the input unchanged with a <see cref="TransitionError"/>. Every change increments
/// <see cref="OrderData.Version"/> and sets <see cref="OrderData.UpdatedAt"/> to the <c>now</c> the caller passes.
/// </summary>
public static partial class OrderStateMachine
{
    /// <summary>
    /// Creates the order from collected facts, validated against <paramref name="context"/>. Idempotent: when
    /// <paramref name="existing"/> is not null the order is already known and is returned untouched, because
    /// collecting again must never reset an order's state.
    /// </summary>
    public static CollectResult Collect(
        OrderData? existing, CollectedOrder order, OrderCheckContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(context);
        if (existing is not null)
        {
            return new CollectResult(existing, Created: false, Error: null);
        }

        var problem = FindCollectProblem(order);
        if (problem is not null)
        {
            return new CollectResult(null, Created: false, new TransitionError(TransitionErrorCode.InvalidInput, problem));
        }

        var fresh = new OrderData(
            order with { OptionText = order.OptionText ?? string.Empty },
            order.ProductName,
            ProductImageUrl: string.Empty,
            OrderStatus.CollectionFailed,
            Errors: [],
            OptionId: null,
            ChosenOptionId: null,
            Amount: null,
            OnchOrderNo: null,
            OnchTracking: null,
            SmartStoreTracking: null,
            CollectedAt: now,
            PlacedAt: null,
            UpdatedAt: now,
            Version: 1);
        return new CollectResult(Validated(fresh, context), Created: true, Error: null);
    }

    /// <summary>
    /// Validates the order again after 판매 신청, a catalog change or a new remembered option. Allowed before placing
    /// (수집실패, 주문대기); a 수집실패 order whose problems are gone becomes 주문대기.
    /// </summary>
    public static TransitionResult Revalidate(OrderData state, OrderCheckContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        return RefuseUnlessBeforePlacing(state, "재검증")
            ?? Apply(state, Validated(state, context), now);
    }

    /// <summary>
    /// A 개별 주문 is being made from this collected order (request <paramref name="manualRequestId"/>): from now on the
    /// buyer's order has an OnChannel order, so this one is 수집실패 with 주문 건 중복 and can never be placed, which keeps
    /// a later restock or 판매 신청 from making it orderable and charging the buyer's order twice. Allowed before placing;
    /// the same request again changes nothing; another request is refused (one 개별 주문 per collected order).
    /// </summary>
    public static TransitionResult ReplaceByManual(OrderData state, string manualRequestId, OrderCheckContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(manualRequestId);
        ArgumentNullException.ThrowIfNull(context);
        if (RefuseUnlessBeforePlacing(state, "개별 주문으로 대신") is { } refusal)
        {
            return refusal;
        }

        if (state.ReplacedBy is { } other && !string.Equals(other, manualRequestId, StringComparison.Ordinal))
        {
            return Refuse(state, TransitionErrorCode.NotAllowedInCurrentState, "이 주문으로는 이미 개별 주문을 했어요. 주문 건 중복을 막기 위해 한 번만 할 수 있어요.");
        }

        return Apply(state, Validated(state with { ReplacedBy = manualRequestId }, context), now);
    }

    /// <summary>
    /// The 개별 주문 of <paramref name="manualRequestId"/> was refused before it existed: this order is validated again
    /// without it. Any other request, or none, changes nothing.
    /// </summary>
    public static TransitionResult ReleaseManualReplacement(OrderData state, string manualRequestId, OrderCheckContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        return state.ReplacedBy is { } holder && string.Equals(holder, manualRequestId, StringComparison.Ordinal) && RefuseUnlessBeforePlacing(state, "재검증") is null
            ? Apply(state, Validated(state with { ReplacedBy = null }, context), now)
            : Unchanged(state);
    }

    /// <summary>
    /// 옵션 수정: the seller picks the catalog option of this order (or <see cref="OrderValidator.NoOptionId"/> for a
    /// product without options), then the order is validated again. Allowed before placing; the choice must be an
    /// option of the product. The grain should also remember the choice in the seller's <see cref="OptionMemory"/>.
    /// </summary>
    public static TransitionResult ChooseOption(
        OrderData state, string optionId, OrderCheckContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        var refusal = RefuseUnlessBeforePlacing(state, "옵션 수정");
        if (refusal is not null)
        {
            return refusal;
        }

        if (optionId is null)
        {
            return Refuse(state, TransitionErrorCode.InvalidInput, "선택한 옵션이 없어요.");
        }

        var product = context.Product;
        if (product is null)
        {
            return Refuse(state, TransitionErrorCode.UnknownProduct, "온채널에 등록되지 않은 상품이라 옵션을 고를 수 없어요.");
        }

        var (resolved, _) = OrderValidator.ResolveOption(product, state.OptionText, optionId, rememberedOptionId: null);
        if (!resolved)
        {
            return Refuse(state, TransitionErrorCode.UnknownOption, $"상품 {product.Code}에 없는 옵션이에요: '{optionId}'");
        }

        return Apply(state, Validated(state with { ChosenOptionId = optionId }, context), now);
    }

    /// <summary>
    /// 발주하기 succeeded: the order was paid with <paramref name="amount"/> points and got <paramref name="onchOrderNo"/>.
    /// Allowed only for an orderable 주문대기 order; the grain must call it in the same persisted step as the debit.
    /// </summary>
    public static TransitionResult Place(OrderData state, string onchOrderNo, long amount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var refusal = RefuseUnlessOrderable(state, "발주");
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(onchOrderNo))
        {
            return Refuse(state, TransitionErrorCode.InvalidInput, "온채널 주문번호가 없어요.");
        }

        if (amount <= 0)
        {
            return Refuse(state, TransitionErrorCode.InvalidInput, $"결제 금액이 올바르지 않아요: {amount}");
        }

        return Apply(
            state,
            state with
            {
                Status = OrderStatus.Ordered,
                Errors = [],
                OnchOrderNo = onchOrderNo,
                Amount = amount,
                PlacedAt = now,
            },
            now);
    }

    /// <summary>
    /// 발주하기 failed for lack of points: the order stays 주문대기 with 포인트 부족 and nothing is charged. It stays
    /// orderable so the seller can select it again after a top-up. Allowed only for an orderable order.
    /// </summary>
    public static TransitionResult MarkInsufficientPoints(OrderData state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return RefuseUnlessOrderable(state, "포인트 부족 표시")
            ?? Apply(state, state with { Errors = WithNotice(state.Errors, OrderErrorCode.InsufficientPoints) }, now);
    }

    /// <summary>삭제하기: only before placing. Deleting a deleted order again succeeds without a change.</summary>
    public static TransitionResult Delete(OrderData state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status switch
        {
            OrderStatus.Deleted => Unchanged(state),
            _ when state.Placement is not null => Refuse(state, TransitionErrorCode.NotAllowedInCurrentState, "발주가 진행 중인 주문은 삭제할 수 없어요."),
            OrderStatus.CollectionFailed or OrderStatus.Waiting or OrderStatus.Canceled =>
                Apply(state, state with { Status = OrderStatus.Deleted }, now),
            _ => RefusePlaced(state, "발주된 주문은 삭제할 수 없어요."),
        };
    }

    /// <summary>
    /// The buyer canceled on SmartStore. Before placing the order becomes 취소 and can no longer be placed. After
    /// placing the cancellation is recorded on the order (<see cref="OrderData.BuyerCanceledAt"/>), so that the
    /// supplier is told and the ordering flow refunds it; the order stays placed. A deleted order stays deleted.
    /// </summary>
    public static TransitionResult Cancel(OrderData state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status switch
        {
            OrderStatus.Canceled or OrderStatus.Deleted => Unchanged(state),

            // Placing is under way (points may be charged already): the order is placed and then refunded.
            _ when state.Placement is not null => Apply(state, state with { BuyerCanceledAt = state.BuyerCanceledAt ?? now, CancelRequest = null }, now),
            OrderStatus.CollectionFailed or OrderStatus.Waiting =>
                Apply(state, state with { Status = OrderStatus.Canceled, CancelRequest = null }, now),
            _ => Apply(state, state with { BuyerCanceledAt = state.BuyerCanceledAt ?? now, CancelRequest = null }, now),
        };
    }

    /// <summary>
    /// The buyer asked SmartStore to cancel (취소 요청, <paramref name="claimStatus"/> such as <c>CANCEL_REQUEST</c>).
    /// The order is held: not orderable, never placed automatically, until SmartStore completes the cancellation
    /// (<see cref="Cancel"/>) or the request is withdrawn or rejected (<see cref="ReleaseCancelRequest"/>). A canceled
    /// or deleted order is left as it is.
    /// </summary>
    public static TransitionResult HoldForCancelRequest(OrderData state, string claimStatus, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimStatus);
        if (state.Status is OrderStatus.Canceled or OrderStatus.Deleted
            || (state.CancelRequest is { } held && held.ClaimStatus == claimStatus))
        {
            return Unchanged(state);
        }

        return Apply(state, state with { CancelRequest = new CancelRequest(claimStatus, state.CancelRequest?.SeenAt ?? now) }, now);
    }

    /// <summary>
    /// SmartStore rejected the cancel request or the buyer withdrew it: the hold ends and an order not yet placed is
    /// validated again against <paramref name="context"/>, so it is orderable again when nothing else stops it.
    /// </summary>
    public static TransitionResult ReleaseCancelRequest(OrderData state, OrderCheckContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        if (state.CancelRequest is null)
        {
            return Unchanged(state);
        }

        var released = state with { CancelRequest = null };
        return Apply(state, released.Status is OrderStatus.CollectionFailed or OrderStatus.Waiting ? Validated(released, context) : released, now);
    }

    /// <summary>
    /// The buyer changed the delivery address on SmartStore. Before placing the recipient is replaced; after placing
    /// the new address is recorded for the supplier (<see cref="OrderData.ChangedRecipient"/>), because the supplier
    /// may already be shipping to the old one. A canceled or deleted order is left as it is.
    /// </summary>
    public static TransitionResult ChangeRecipient(OrderData state, Recipient recipient, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(recipient);
        return state.Status switch
        {
            OrderStatus.CollectionFailed or OrderStatus.Waiting => Apply(state, state with { Source = state.Source with { Recipient = recipient } }, now),
            OrderStatus.Ordered or OrderStatus.Delivered when recipient != state.Recipient =>
                Apply(state, state with { ChangedRecipient = recipient }, now),
            OrderStatus.Ordered or OrderStatus.Delivered => Apply(state, state with { ChangedRecipient = null }, now),
            _ => Unchanged(state),
        };
    }

    /// <summary>
    /// Applies what SmartStore reported for a known order (<see cref="SmartStoreChange"/>): a completed cancellation,
    /// an open cancel request (held), the current picture with no claim open (a hold is released and the order validated
    /// again against <paramref name="context"/>, which the caller must supply when the order is held), a new
    /// recipient, or a delivery. Every part is idempotent, so the same change seen twice changes nothing.
    /// </summary>
    public static TransitionResult ApplySmartStoreChange(
        OrderData state, SmartStoreChange change, OrderCheckContext? context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(change);
        var result = change.Kind switch
        {
            SmartStoreChangeKind.Canceled => Cancel(state, now),
            SmartStoreChangeKind.CancelRequested => HoldForCancelRequest(state, change.ClaimStatus ?? "CANCEL_REQUEST", now),
            // SmartStore delivers only once a cancel request is rejected, so a delivery also ends a hold.
            SmartStoreChangeKind.Delivered => state.IsPlaced
                ? Apply(state, state with { Status = OrderStatus.Delivered, CancelRequest = null }, now)
                : Unchanged(state),
            _ when state.CancelRequest is null => Unchanged(state),
            _ => ReleaseCancelRequest(state, context ?? throw new ArgumentNullException(nameof(context), "A held order needs its context to be released."), now),
        };
        if (!result.Succeeded || change.Recipient is null || change.Kind is SmartStoreChangeKind.Canceled)
        {
            return result;
        }

        var moved = ChangeRecipient(result.State, change.Recipient, now);
        return moved.Changed ? moved with { State = moved.State with { Version = state.Version + 1 } } : result;
    }

    /// <summary>배송완료, from SmartStore's DELIVERED or the supplier. Only from 주문발주; repeating it changes nothing.</summary>
    public static TransitionResult Deliver(OrderData state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status switch
        {
            OrderStatus.Delivered => Unchanged(state),
            OrderStatus.Ordered => Apply(state, state with { Status = OrderStatus.Delivered }, now),
            _ => RefuseState(state, "배송완료 처리"),
        };
    }

    /// <summary>
    /// The supplier entered or changed its tracking number. Allowed once placed (주문발주, 배송완료). The grain sends
    /// it to SmartStore only when the previous state had no supplier tracking (product.md section 6).
    /// </summary>
    public static TransitionResult SetSupplierTracking(OrderData state, Tracking tracking, DateTimeOffset now) =>
        SetTracking(state, tracking, now, "송장 입력", t => state with { OnchTracking = t });

    /// <summary>A tracking number was registered on SmartStore (발송처리 or the seller's correction). Allowed once placed.</summary>
    public static TransitionResult SetSmartStoreTracking(OrderData state, Tracking tracking, DateTimeOffset now) =>
        SetTracking(state, tracking, now, "스마트스토어 송장 등록", t => state with { SmartStoreTracking = t });

    private static TransitionResult SetTracking(
        OrderData state, Tracking tracking, DateTimeOffset now, string action, Func<Tracking, OrderData> set)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsPlaced)
        {
            return RefuseState(state, action);
        }

        if (tracking is null
            || string.IsNullOrWhiteSpace(tracking.DeliveryCompanyCode)
            || string.IsNullOrWhiteSpace(tracking.TrackingNumber))
        {
            return Refuse(state, TransitionErrorCode.InvalidInput, "택배사 코드와 송장번호를 모두 입력해 주세요.");
        }

        return Apply(state, set(new Tracking(tracking.DeliveryCompanyCode.Trim(), tracking.TrackingNumber.Trim())), now);
    }

    private static OrderData Validated(OrderData state, OrderCheckContext context)
    {
        if (state.ReplacedBy is not null)
        {
            context = context with { IsDuplicate = true };
        }

        var validation = OrderValidator.Validate(
            state.ProductCode, state.OptionText, state.Quantity, context, state.ChosenOptionId);

        // 포인트 부족 stays visible on a waiting order until the next placing attempt: revalidating does not top up.
        var errors = validation.Status == OrderStatus.Waiting
            ? [.. validation.Errors, .. state.Errors.Where(e => !OrderValidator.IsBlocking(e))]
            : validation.Errors;
        var product = context.Product;
        return state with
        {
            Status = validation.Status,
            Errors = errors,
            OptionId = validation.Option?.OptionId,
            Amount = validation.Amount,
            ProductName = product?.Name ?? state.ProductName,
            ProductImageUrl = product?.ImageUrl ?? state.ProductImageUrl,
        };
    }

    internal static TransitionResult Apply(OrderData before, OrderData after, DateTimeOffset now)
    {
        // Records compare ImmutableArray by reference, so equal error lists are made the same instance first.
        if (after.Errors.SequenceEqual(before.Errors))
        {
            after = after with { Errors = before.Errors };
        }

        return after == before
            ? Unchanged(before)
            : new TransitionResult(after with { Version = before.Version + 1, UpdatedAt = now }, Changed: true, Error: null);
    }

    private static TransitionResult Unchanged(OrderData state) => new(state, Changed: false, Error: null);

    private static TransitionResult Refuse(OrderData state, TransitionErrorCode code, string message) =>
        new(state, Changed: false, new TransitionError(code, message));

    private static TransitionResult RefuseState(OrderData state, string action) =>
        Refuse(state, TransitionErrorCode.NotAllowedInCurrentState, $"{Label(state.Status)} 상태의 주문은 {action}할 수 없어요.");

    private static TransitionResult RefusePlaced(OrderData state, string message) =>
        Refuse(state, TransitionErrorCode.AlreadyPlaced, $"{message} (온채널 주문번호 {state.OnchOrderNo})");

    private static TransitionResult? RefuseUnlessBeforePlacing(OrderData state, string action) => state.Status switch
    {
        _ when state.Placement is not null => Refuse(state, TransitionErrorCode.NotAllowedInCurrentState, $"발주가 진행 중인 주문은 {action}할 수 없어요."),
        OrderStatus.CollectionFailed or OrderStatus.Waiting => null,
        OrderStatus.Ordered or OrderStatus.Delivered => RefusePlaced(state, $"이미 발주된 주문은 {action}할 수 없어요."),
        _ => RefuseState(state, action),
    };

    private static TransitionResult? RefuseUnlessOrderable(OrderData state, string action)
    {
        var refusal = RefuseUnlessBeforePlacing(state, action);
        if (refusal is not null || state.Orderable)
        {
            return refusal;
        }

        var reasons = string.Join(", ", state.ToView().Errors.Where(OrderValidator.IsBlocking).Select(e => e.Message));
        return Refuse(state, TransitionErrorCode.NotOrderable, $"발주 가능 상태가 아니에요: {reasons}");
    }

    private static ImmutableArray<OrderError> WithNotice(ImmutableArray<OrderError> errors, OrderErrorCode code) =>
        errors.Any(e => e.Code == code) ? errors : errors.Add(OrderError.Of(code));

    private static string Label(OrderStatus status) => status switch
    {
        OrderStatus.CollectionFailed => "수집실패",
        OrderStatus.Waiting => "주문대기",
        OrderStatus.Ordered => "주문발주",
        OrderStatus.Delivered => "배송완료",
        OrderStatus.Canceled => "취소",
        OrderStatus.Deleted => "삭제",
        _ => status.ToString(),
    };

    private static string? FindCollectProblem(CollectedOrder order)
    {
        if (string.IsNullOrWhiteSpace(order.SellerId))
        {
            return "판매자 아이디가 없어요.";
        }

        if (string.IsNullOrWhiteSpace(order.ProductOrderId) || string.IsNullOrWhiteSpace(order.OrderId))
        {
            return "스마트스토어 주문번호가 없어요.";
        }

        if (!ProductCode.IsValid(order.ProductCode))
        {
            return $"온채널 상품 코드 형식이 아니에요: '{order.ProductCode}'";
        }

        return order.Recipient is null ? "수령인 정보가 없어요." : null;
    }
}
