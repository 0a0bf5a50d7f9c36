using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Microsoft.Extensions.Logging;

namespace Grains.Orders;

/// <summary>
/// Placing and what follows it. The points protocol, each step durable before the next:
/// (1) the placement (number, price, supplier) is persisted on the order, not projected; (2) the stock is taken, once
/// per order; (3) the points are charged, once per order (the ledger is unique per seller, kind and product order
/// id); (4) the order is persisted and projected as 주문발주, or, when the charge was refused, the stock is returned
/// and the order waits as 포인트 부족; (5) 발주확인 is queued in the seller's SmartStore outbox. A crash anywhere
/// leaves the placement recorded, and the next activation runs the remaining steps again: each is idempotent, so
/// nothing is charged twice and nothing is placed without its charge.
/// </summary>
/// <remarks>
/// What brings the order back after a crash is the placement's own write, not a reminder per order (two reminder
/// writes per order were most of a burst's cost): writing the order state adds the order to
/// <c>order_projection_due</c> in the same transaction (migration 0004), and step 1 is deliberately not projected,
/// so the order stays due until step 4 projects it. The read-model repair sweep calls
/// <see cref="RepairProjectionAsync"/> on every order due for longer than its grace period; a new activation reads the
/// state and finishes the placing (<see cref="LoadAsync"/>), an active one finishes it in that call. When a step
/// fails without a crash (a timeout, an exception), the <see cref="FinishPlacingReminder"/> is registered as before
/// and the activation dropped, so that the next activation (the reminder's, the sweep's or a command's) finishes it.
/// </remarks>
public sealed partial class OrderGrain
{
    /// <summary>Finishes a placing (or its SmartStore hand-off) that a crash interrupted.</summary>
    public const string FinishPlacingReminder = "finish-placing";

    private static readonly TimeSpan FinishPlacingPeriod = TimeSpan.FromMinutes(1);

    // The finish-placing reminder as this activation registered or found it; null when it holds none. Unregistering
    // with it saves the lookup; a reminder left from an earlier activation removes itself on its next tick.
    private IGrainReminder? _finishReminder;

    public async Task<PlaceOutcome> PlaceAsync(string sellerId)
    {
        var data = Stored.Data;
        if (data is null || !string.Equals(sellerId, data.SellerId, StringComparison.Ordinal))
        {
            return Refused(TransitionErrorCode.NotFound, "주문을 찾을 수 없어요.");
        }

        if (data.IsPlaced)
        {
            return new PlaceOutcome(ProductOrderId, true, data.OnchOrderNo, data.Amount, null, null);
        }

        if (data.Placement is null)
        {
            // The last-second check: stock, status and price as the catalog has them now.
            var checkedNow = OrderStateMachine.Revalidate(data, await ContextAsync(data.SellerId, data.ProductCode, data.OptionText), _time.GetUtcNow());
            if (checkedNow.Changed)
            {
                await CommitAsync(checkedNow.State);
                data = checkedNow.State;
            }

            var product = await Catalog(data).GetAsync();
            if (!data.Orderable || data.Amount is not { } amount || product is null)
            {
                var reasons = string.Join(", ", data.ToView().Errors.Where(OrderValidator.IsBlocking).Select(e => e.Message));
                return Refused(TransitionErrorCode.NotOrderable, $"발주 가능 상태가 아니에요: {reasons}", data.Amount);
            }

            var number = await _ledger.NextOrderNumberAsync(_time.GetUtcNow());
            var begun = OrderStateMachine.BeginPlacing(data, new Placement(number, amount, product.SupplierId, data.OptionId, _time.GetUtcNow()), _time.GetUtcNow());
            if (!begun.Succeeded)
            {
                return Refused(begun.Error!.Code, begun.Error.Message, data.Amount);
            }

            // Persisted but not projected: the order stays in order_projection_due until the placing ends (see remarks).
            await PersistAsync(begun.State);
        }

        try
        {
            return await FinishPlacingAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await HoldFinishReminderAfterFailureAsync(e);
            throw;
        }
    }

    public async Task<PlaceOutcome> CreateManualAsync(string sellerId, ManualOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (Stored.Data is { } existing)
        {
            // The same request again: answer with what it created, charge nothing more.
            return string.Equals(existing.SellerId, sellerId, StringComparison.Ordinal)
                ? (existing.IsPlaced
                    ? new PlaceOutcome(ProductOrderId, true, existing.OnchOrderNo, existing.Amount, null, null)
                    : await PlaceAsync(sellerId))
                : Refused(TransitionErrorCode.NotFound, "주문을 찾을 수 없어요.");
        }

        var now = _time.GetUtcNow();
        var product = await GrainFactory.GetGrain<ICatalogProductGrain>(ProductKey.For(order.ProductCode)).GetAsync();
        var optionText = order.OptionId is null ? string.Empty : product?.FindOption(order.OptionId)?.Name ?? string.Empty;
        var facts = new CollectedOrder(sellerId, ProductOrderId, ProductOrderId, now, now, order.ProductCode, product?.Name ?? order.ProductCode, optionText, order.Quantity, order.Recipient);
        var context = await ContextAsync(sellerId, order.ProductCode, optionText);
        var created = OrderStateMachine.CollectManual(facts, order.OptionId, context, now);
        if (!created.Succeeded || created.State is null)
        {
            return Refused(created.Error!.Code, created.Error.Message);
        }

        if (!created.State.Orderable)
        {
            var reasons = string.Join(", ", created.State.ToView().Errors.Where(OrderValidator.IsBlocking).Select(e => e.Message));
            return Refused(TransitionErrorCode.NotOrderable, $"주문할 수 없어요: {reasons}", created.State.Amount);
        }

        await CommitAsync(created.State);
        return await PlaceAsync(sellerId);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // The call filter has read the state already; a tick must never act on an unread (empty) state, which would
        // look like nothing left to finish and drop the reminder.
        if (!_loaded)
        {
            await LoadAsync();
        }

        if (reminderName == FinishPlacingReminder)
        {
            _finishReminder ??= await this.GetReminder(FinishPlacingReminder);
            await FinishUnfinishedStepsAsync();
        }
    }

    /// <summary>Runs what a crash interrupted: a placing, a SmartStore hand-off, a refund.</summary>
    private async Task FinishUnfinishedStepsAsync()
    {
        var data = Stored.Data;
        if (data?.Placement is not null)
        {
            await FinishPlacingAsync();
            return;
        }

        if (data is not null)
        {
            await HandOffAsync(data);
            await RefundIfCanceledAsync();
        }

        await UnregisterFinishReminderAsync();
    }

    private async Task<PlaceOutcome> FinishPlacingAsync()
    {
        var data = Stored.Data!;
        var placement = data.Placement!;
        var wallet = GrainFactory.GetGrain<IWalletGrain>(SellerKey.For(data.SellerId));

        // Charged already (a crash came after step 3): whatever the catalog says now, the order is placed for what
        // was charged.
        if (await _ledger.FindAsync(data.SellerId, PointEntryKind.Charge, ProductOrderId) is { } charged)
        {
            return await CompletePlacedAsync(data with { Placement = placement with { Amount = -charged.Amount } });
        }

        var catalog = Catalog(data);
        if (data.BuyerCanceledAt is not null)
        {
            // The buyer canceled while the placing was under way and nothing is charged yet: stop here.
            await catalog.ReturnStockAsync(ProductOrderId);
            await CommitAsync(OrderStateMachine.AbandonPlacing(data, insufficientPoints: false, _time.GetUtcNow()).State);
            await UnregisterFinishReminderAsync();
            return Refused(TransitionErrorCode.NotAllowedInCurrentState, "구매자가 주문을 취소해서 발주하지 않았어요.", placement.Amount);
        }

        if (!await catalog.TakeStockAsync(ProductOrderId, placement.OptionId, data.Quantity))
        {
            await catalog.ReturnStockAsync(ProductOrderId);
            var abandoned = OrderStateMachine.AbandonPlacing(data, insufficientPoints: false, _time.GetUtcNow());
            var revalidated = OrderStateMachine.Revalidate(abandoned.State, await ContextAsync(data.SellerId, data.ProductCode, data.OptionText), _time.GetUtcNow());
            await CommitAsync(revalidated.Changed ? revalidated.State with { Version = abandoned.State.Version + 1 } : abandoned.State);
            await UnregisterFinishReminderAsync();
            return Refused(TransitionErrorCode.NotOrderable, "재고가 부족하거나 판매 중이 아니라 발주하지 못했어요. (품절/단종)", placement.Amount);
        }

        var charge = await wallet.ChargeAsync(ProductOrderId, placement.Amount);
        if (!charge.Succeeded)
        {
            await catalog.ReturnStockAsync(ProductOrderId);
            await CommitAsync(OrderStateMachine.AbandonPlacing(data, insufficientPoints: true, _time.GetUtcNow()).State);
            await UnregisterFinishReminderAsync();
            LogInsufficientPoints(_logger, ProductOrderId, placement.Amount, charge.Balance);
            _metrics.PlacingRefused(TransitionErrorCode.InsufficientPoints);
            return new PlaceOutcome(
                ProductOrderId, false, null, placement.Amount,
                new TransitionError(TransitionErrorCode.InsufficientPoints, $"포인트가 부족해요. {placement.Amount - charge.Balance:N0}포인트가 더 필요해요."),
                placement.Amount - charge.Balance);
        }

        return await CompletePlacedAsync(data);
    }

    /// <summary>Steps 4 and 5 once the charge is in the ledger.</summary>
    private async Task<PlaceOutcome> CompletePlacedAsync(OrderData charged)
    {
        var placement = charged.Placement!;
        var placed = OrderStateMachine.CompletePlacing(charged, _time.GetUtcNow());

        // Queued before the order records it, and a refund owed is held by the reminder first: once this commit
        // projects the order it is no longer due for the repair sweep, so nothing after it may depend on a recovery.
        // The charge is in the ledger, so the order is placed whatever happens: a crash before the commit places it
        // again from the ledger and queues the same 발주확인, which the outbox takes once.
        await HandOffAsync(placed.State);
        if (OwesRefund(placed.State))
        {
            await HoldFinishReminderAsync();
        }

        await CommitAsync(placed.State);
        LogPlaced(_logger, ProductOrderId, placement.OnchOrderNo, placement.Amount);
        _metrics.Placed();
        await RefundIfCanceledAsync();
        await UnregisterFinishReminderAsync();
        return new PlaceOutcome(ProductOrderId, true, placement.OnchOrderNo, placement.Amount, null, null);
    }

    public Task<OrderCommandResult> EnterTrackingAsync(string supplierId, Tracking tracking) =>
        SupplierCommandAsync(supplierId, async data =>
        {
            if (CarrierCodes.Problem(tracking) is { } problem)
            {
                return new TransitionResult(data, false, new TransitionError(TransitionErrorCode.InvalidInput, problem));
            }

            var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(data, supplierId, tracking, _time.GetUtcNow());
            if (dispatch)
            {
                // Queued before the order records it: a crash in between sends the number once, and the supplier's
                // retry finds the same request already queued.
                await QueueAfterConfirmAsync(data, new SmartStoreWriteRequest(data.ProductOrderId, SmartStoreWriteKind.Dispatch, result.State.OnchTracking));
            }

            return result;
        });

    public Task<OrderCommandResult> MarkDeliveredBySupplierAsync(string supplierId) =>
        SupplierCommandAsync(supplierId, data => Task.FromResult(OrderStateMachine.Deliver(data, _time.GetUtcNow())));

    public Task<OrderCommandResult> SendSmartStoreTrackingAsync(string sellerId, Tracking tracking) =>
        TransitionAsync(sellerId, async data =>
        {
            var problem = CarrierCodes.Problem(tracking) ?? (data.IsPlaced && !data.Manual ? null : "스마트스토어 주문이 발주된 뒤에만 송장을 보낼 수 있어요.");
            if (problem is not null)
            {
                return new TransitionResult(data, false, new TransitionError(TransitionErrorCode.InvalidInput, problem));
            }

            var clean = new Tracking(tracking.DeliveryCompanyCode.Trim(), tracking.TrackingNumber.Trim());
            await QueueAfterConfirmAsync(data, new SmartStoreWriteRequest(data.ProductOrderId, SmartStoreWriteKind.Dispatch, clean));
            return OrderStateMachine.Apply(data, data with { SmartStore = (data.SmartStore ?? SmartStoreSync.None) with { Pending = nameof(SmartStoreWriteKind.Dispatch) } }, _time.GetUtcNow());
        });

    public Task<OrderCommandResult> RecordSmartStoreTrackingAsync(string sellerId, Tracking tracking) =>
        TransitionAsync(sellerId, data => Task.FromResult(CarrierCodes.Problem(tracking) is { } problem
            ? new TransitionResult(data, false, new TransitionError(TransitionErrorCode.InvalidInput, problem))
            : OrderStateMachine.SetSmartStoreTracking(data, tracking, _time.GetUtcNow())));

    public Task<OrderCommandResult> RequestDispatchDelayAsync(string sellerId, DateTimeOffset dispatchDueDate, string reason, string detail) =>
        TransitionAsync(sellerId, async data =>
        {
            var now = _time.GetUtcNow();
            var problem = !data.IsPlaced || data.Manual || data.Status != OrderStatus.Ordered || data.SmartStore?.DispatchedAt is not null
                    ? "발송 전인 스마트스토어 주문만 발송 지연을 등록할 수 있어요."
                : dispatchDueDate <= now || dispatchDueDate > now.AddDays(90) ? "발송 기한은 오늘 이후 90일 안으로 정해 주세요."
                : !DispatchDelayReasons.Contains(reason) ? $"지연 사유 코드가 올바르지 않아요: '{reason}'"
                : string.IsNullOrWhiteSpace(detail) || detail.Length > 200 ? "지연 사유를 200자 안으로 적어 주세요."
                : null;
            if (problem is not null)
            {
                return new TransitionResult(data, false, new TransitionError(TransitionErrorCode.InvalidInput, problem));
            }

            await QueueAfterConfirmAsync(data, new SmartStoreWriteRequest(data.ProductOrderId, SmartStoreWriteKind.Delay, null, dispatchDueDate, reason, detail.Trim()));
            return OrderStateMachine.Apply(data, data with { SmartStore = (data.SmartStore ?? SmartStoreSync.None) with { Pending = nameof(SmartStoreWriteKind.Delay) } }, now);
        });

    private static readonly HashSet<string> DispatchDelayReasons =
        ["PRODUCT_PREPARE", "CUSTOMER_REQUEST", "CUSTOM_BUILD", "RESERVED_DISPATCH", "OVERSEA_DELIVERY", "ETC"];

    private Task<OrderCommandResult> SupplierCommandAsync(string supplierId, Func<OrderData, Task<TransitionResult>> command)
    {
        var data = Stored.Data;
        return data is null || !string.Equals(data.SupplierId, supplierId, StringComparison.Ordinal)
            ? Task.FromResult(new OrderCommandResult(null, new TransitionError(TransitionErrorCode.NotFound, "주문을 찾을 수 없어요.")))
            : TransitionAsync(null, command);
    }

    /// <summary>
    /// Queues a write SmartStore takes only after 발주확인 (발송처리, 발송 지연) behind the order's confirm: the confirm is
    /// queued again first when it is still owed, since a crash between placing and its hand-off loses it (the outbox
    /// takes a confirm once and holds the write until the confirm is done).
    /// </summary>
    private async Task QueueAfterConfirmAsync(OrderData data, SmartStoreWriteRequest request)
    {
        await HandOffAsync(data);
        await Outbox(data).EnqueueAsync(request);
    }

    /// <summary>Queues 발주확인 for a placed SmartStore order that has not been confirmed (idempotent in the outbox).</summary>
    private async Task HandOffAsync(OrderData data)
    {
        if (data.IsPlaced && !data.Manual && data.BuyerCanceledAt is null && data.SmartStore is { ConfirmedAt: null, NeedsPerson: false })
        {
            await Outbox(data).EnqueueAsync(new SmartStoreWriteRequest(data.ProductOrderId, SmartStoreWriteKind.Confirm));
        }
    }

    /// <summary>
    /// True when a buyer cancellation seen after placing still owes its refund: placed, not refunded, and nothing
    /// shipped (no supplier tracking, not dispatched on SmartStore, not delivered).
    /// </summary>
    private static bool OwesRefund(OrderData data) =>
        data is { Status: OrderStatus.Ordered, BuyerCanceledAt: not null, RefundedAt: null, OnchTracking: null }
        && data.SmartStore?.DispatchedAt is null;

    /// <summary>
    /// Refunds a cancellation after placing, with the reminder held while it is owed so that a failure is retried;
    /// returns the order as it is afterwards.
    /// </summary>
    private async Task<OrderView?> RefundIfOwedAsync()
    {
        if (Stored.Data is { } data && OwesRefund(data))
        {
            await HoldFinishReminderAsync();
            await RefundIfCanceledAsync();
            await UnregisterFinishReminderAsync();
        }

        return Stored.Data?.ToView();
    }

    /// <summary>A buyer cancellation seen after placing refunds what was charged, once, unless the order has shipped.</summary>
    private async Task RefundIfCanceledAsync()
    {
        var data = Stored.Data;
        if (data is null || !OwesRefund(data)
            || await _ledger.FindAsync(data.SellerId, PointEntryKind.Charge, ProductOrderId) is not { } charge)
        {
            return;
        }

        var amount = -charge.Amount;
        await GrainFactory.GetGrain<IWalletGrain>(SellerKey.For(data.SellerId)).RefundAsync(ProductOrderId, amount, $"구매자 취소 환불 ({data.OnchOrderNo})");
        await CommitAsync(OrderStateMachine.MarkRefunded(data, _time.GetUtcNow()).State);
        LogRefunded(_logger, ProductOrderId, amount);
    }

    private async Task HoldFinishReminderAsync() =>
        _finishReminder = await this.RegisterOrUpdateReminder(FinishPlacingReminder, FinishPlacingPeriod, FinishPlacingPeriod);

    /// <summary>
    /// A placing step failed without a crash: the reminder finishes it (the placing, or the hand-off or refund after
    /// it), and the activation is dropped so that whatever calls the order next reads its state and finishes it first.
    /// The original failure is what the caller sees.
    /// </summary>
    private async Task HoldFinishReminderAfterFailureAsync(Exception failure)
    {
        DeactivateOnIdle();
        LogPlacingInterrupted(_logger, failure, ProductOrderId);
        try
        {
            await HoldFinishReminderAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The placement is still due in order_projection_due: the repair sweep brings the order back.
            LogReminderFailed(_logger, e, ProductOrderId);
        }
    }

    private async Task UnregisterFinishReminderAsync()
    {
        if (_finishReminder is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _finishReminder = null;
        }
    }

    private ICatalogProductGrain Catalog(OrderData data) => GrainFactory.GetGrain<ICatalogProductGrain>(ProductKey.For(data.ProductCode));

    private ISmartStoreOutboxGrain Outbox(OrderData data) => GrainFactory.GetGrain<ISmartStoreOutboxGrain>(SellerKey.For(data.SellerId));

    private PlaceOutcome Refused(TransitionErrorCode code, string message, long? amount = null)
    {
        _metrics.PlacingRefused(code);
        return new(ProductOrderId, false, null, amount, new TransitionError(code, message), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {ProductOrderId} placed as {OnchOrderNo} for {Amount} points")]
    private static partial void LogPlaced(ILogger logger, string productOrderId, string onchOrderNo, long amount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {ProductOrderId} not placed: {Amount} points needed, balance {Balance}")]
    private static partial void LogInsufficientPoints(ILogger logger, string productOrderId, long amount, long balance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ProductOrderId}: placing interrupted; it is finished by its reminder or its next activation")]
    private static partial void LogPlacingInterrupted(ILogger logger, Exception exception, string productOrderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ProductOrderId}: registering the finish-placing reminder failed; the read-model repair sweep finishes the placing")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string productOrderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {ProductOrderId}: {Amount} points refunded after the buyer canceled")]
    private static partial void LogRefunded(ILogger logger, string productOrderId, long amount);
}
