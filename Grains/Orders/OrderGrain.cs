using Grains.Diagnostics;
using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Grains.Interfaces.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Grains.Orders;

/// <summary>
/// One collected SmartStore product order. Wraps <see cref="OrderStateMachine"/>: every transition is persisted, then
/// written to the read model (idempotent by version), then announced through <see cref="IOrderEvents"/>.
/// </summary>
/// <remarks>
/// The state is the <see cref="StorageNames.OrderState"/> state of the <see cref="StorageNames.Main"/> grain storage,
/// read on the first call rather than on activation: a <see cref="CollectAsync"/> as the first call assumes a new order
/// (collection only hands over orders its read model does not know) and inserts without reading. The insert carries
/// no ETag, so the storage refuses it when a state exists; the grain then reads it and answers as for a known order.
/// Every other first call reads the state and finishes what a crash left (see <see cref="LoadAsync"/>) before it runs.
/// </remarks>
public sealed partial class OrderGrain : Grain, IOrderGrain, IRemindable, IIncomingGrainCallFilter
{
    private readonly IGrainStorage _storage;
    private readonly GrainState<OrderState> _state = new(new OrderState());
    private readonly IOrderReadModel _readStore;
    private readonly IOrderEvents _events;
    private readonly IPointLedger _ledger;
    private readonly TimeProvider _time;
    private readonly OrderMetrics _metrics;
    private readonly ILogger<OrderGrain> _logger;

    // The version last written to the read model by this activation; 0 until the first write. A write that failed
    // after the state was persisted is repeated by the next call, so the read model catches up.
    private long _projectedVersion;

    // Whether _state holds what storage holds: read, or written by this activation.
    private bool _loaded;

    public OrderGrain(
        [FromKeyedServices(StorageNames.Main)] IGrainStorage storage,
        IOrderReadModel readStore,
        IOrderEvents events,
        IPointLedger ledger,
        TimeProvider time,
        OrderMetrics metrics,
        ILogger<OrderGrain> logger)
    {
        _storage = storage;
        _readStore = readStore;
        _events = events;
        _ledger = ledger;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    // Never null: the read replaces a missing state with a new one.
    private OrderState Stored => _state.State!;

    private string ProductOrderId => OrderKey.ProductOrderIdOf(this.GetPrimaryKeyString());

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_loaded && !(context.Request.GetInterfaceType() == typeof(IOrderGrain) && context.Request.GetMethodName() == nameof(CollectAsync)))
        {
            await LoadAsync();
        }

        await context.Invoke();
    }

    public async Task<CollectOutcome> CollectAsync(CollectedOrder order, OrderFacts facts)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(facts);
        if (!string.Equals(order.ProductOrderId, ProductOrderId, StringComparison.Ordinal))
        {
            return new CollectOutcome(false, false, null, new TransitionError(
                TransitionErrorCode.InvalidInput, $"주문번호가 맞지 않아요: '{order.ProductOrderId}'"));
        }

        if (!_loaded)
        {
            if (await TryCollectNewAsync(order, facts) is { } created)
            {
                return created;
            }

            await LoadAsync();
        }

        var existing = Stored.Data;
        if (existing is not null)
        {
            if (!string.Equals(existing.SellerId, order.SellerId, StringComparison.Ordinal))
            {
                LogDuplicate(_logger, ProductOrderId, order.SellerId);
                return new CollectOutcome(false, true, null, null);
            }

            await EnsureProjectedAsync(existing);
            return new CollectOutcome(false, false, existing.ToView(), null);
        }

        if (!ProductCode.IsValid(order.ProductCode) || string.IsNullOrWhiteSpace(order.SellerId))
        {
            // Let the state machine word the refusal; it needs no context for malformed facts.
            var refused = OrderStateMachine.Collect(null, order, new OrderCheckContext(null, false, false, null), _time.GetUtcNow());
            if (refused.Error is { } malformed)
            {
                _metrics.CollectionRefused(malformed.Code);
            }

            return new CollectOutcome(false, false, null, refused.Error);
        }

        var result = OrderStateMachine.Collect(null, order, ContextOf(facts), _time.GetUtcNow());
        if (!result.Succeeded || result.State is null)
        {
            if (result.Error is { } refusedError)
            {
                _metrics.CollectionRefused(refusedError.Code);
            }

            return new CollectOutcome(false, false, null, result.Error);
        }

        await CommitAsync(result.State);
        return FinishCollect(result.State);
    }

    /// <summary>
    /// Creates the order without reading the state first: validates, then inserts with no ETag. Returns null, having
    /// changed nothing, when the order must be handled as possibly known: facts the state machine refuses, or a state
    /// the storage already holds (the insert is refused).
    /// </summary>
    private async Task<CollectOutcome?> TryCollectNewAsync(CollectedOrder order, OrderFacts facts)
    {
        if (!ProductCode.IsValid(order.ProductCode) || string.IsNullOrWhiteSpace(order.SellerId))
        {
            return null;
        }

        var result = OrderStateMachine.Collect(null, order, ContextOf(facts), _time.GetUtcNow());
        if (!result.Succeeded || result.State is null)
        {
            return null;
        }

        var inserted = new GrainState<OrderState>(new OrderState { Data = result.State });
        try
        {
            await _storage.WriteStateAsync(StorageNames.OrderState, this.GetGrainId(), inserted);
        }
        catch (InconsistentStateException)
        {
            LogNotNew(_logger, ProductOrderId);
            return null;
        }

        // Any other failure leaves the state unknown; it is still not loaded, so the next call reads it.
        (_state.State, _state.ETag, _state.RecordExists, _loaded) = (inserted.State, inserted.ETag, true, true);
        await AfterPersistAsync(result.State);
        return FinishCollect(result.State);
    }

    /// <summary>
    /// Answers for an order this call created. A 판매 신청, 옵션 수정 or catalog change made after the caller read the
    /// facts may have fanned out over the read model before this order's row was there: the caller reads the facts
    /// again once its calls have returned and re-validates the orders whose facts changed.
    /// </summary>
    private CollectOutcome FinishCollect(OrderData created)
    {
        foreach (var blocking in created.Errors.Where(OrderValidator.IsBlocking))
        {
            _metrics.CollectionError(blocking.Code);
        }

        return new CollectOutcome(true, false, created.ToView(), null);
    }

    /// <summary>
    /// Reads the state (the first call of an activation does, before it runs) and catches up on what a crash left:
    /// a read-model row behind the state, a placing or a refund interrupted. Without waiting for a later command.
    /// </summary>
    private async Task LoadAsync()
    {
        await _storage.ReadStateAsync(StorageNames.OrderState, this.GetGrainId(), _state);
        _state.State ??= new OrderState();
        _loaded = true;

        // A crash between a persist and its projection leaves the row behind the state.
        if (Stored.Data is { } data)
        {
            try
            {
                var row = await _readStore.FindAsync(data.SellerId, data.ProductOrderId);
                if (row is null || row.Version < data.Version)
                {
                    await _readStore.UpsertAsync(data.SellerId, data.ToView());
                    LogRepaired(_logger, ProductOrderId, row?.Version ?? 0, data.Version);
                }

                _projectedVersion = data.Version;
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                // The repair sweep and the next command try again; activation must not fail for the read model.
                LogRepairFailed(_logger, e, ProductOrderId);
            }

            if (data.Placement is not null || OwesRefund(data))
            {
                // A placing or a refund a crash interrupted: its reminder finishes it too, this is sooner. A failure
                // here must not keep the order from activating (and answering); the reminder tries again.
                try
                {
                    await FinishUnfinishedStepsAsync();
                }
                catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                {
                    LogRecoveryFailed(_logger, e, ProductOrderId);
                }
            }
        }
    }

    public Task<OrderView?> GetAsync() => Task.FromResult(Stored.Data?.ToView());

    public Task<string?> GetSellerIdAsync() => Task.FromResult(Stored.Data?.SellerId);

    public Task<OrderCommandResult> RevalidateAsync() =>
        TransitionAsync(null, async data =>
            OrderStateMachine.Revalidate(data, await ContextAsync(data.SellerId, data.ProductCode, data.OptionText), _time.GetUtcNow()));

    public Task<OrderCommandResult> ChooseOptionAsync(string sellerId, string optionId) =>
        TransitionAsync(sellerId, async data =>
            OrderStateMachine.ChooseOption(data, optionId, await ContextAsync(data.SellerId, data.ProductCode, data.OptionText), _time.GetUtcNow()));

    public Task<OrderCommandResult> ReplaceByManualAsync(string sellerId, string manualRequestId) =>
        TransitionAsync(sellerId, async data =>
            OrderStateMachine.ReplaceByManual(data, manualRequestId, await ContextAsync(data.SellerId, data.ProductCode, data.OptionText), _time.GetUtcNow()));

    public Task<OrderCommandResult> ReleaseManualReplacementAsync(string sellerId, string manualRequestId) =>
        TransitionAsync(sellerId, async data =>
            OrderStateMachine.ReleaseManualReplacement(data, manualRequestId, await ContextAsync(data.SellerId, data.ProductCode, data.OptionText), _time.GetUtcNow()));

    public Task<OrderCommandResult> DeleteAsync(string sellerId) =>
        TransitionAsync(sellerId, data => Task.FromResult(OrderStateMachine.Delete(data, _time.GetUtcNow())));

    public async Task<OrderCommandResult> CancelAsync()
    {
        var result = await TransitionAsync(null, data => Task.FromResult(OrderStateMachine.Cancel(data, _time.GetUtcNow())));
        return result.Succeeded ? result with { Order = await RefundIfOwedAsync() } : result;
    }

    public Task<OrderCommandResult> DeliverAsync() =>
        TransitionAsync(null, data => Task.FromResult(OrderStateMachine.Deliver(data, _time.GetUtcNow())));

    public async Task<OrderCommandResult> ApplySmartStoreChangeAsync(SmartStoreChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var result = await TransitionAsync(null, async data =>
        {
            var context = change.Kind == SmartStoreChangeKind.Current && data.CancelRequest is not null
                ? await ContextAsync(data.SellerId, data.ProductCode, data.OptionText)
                : null;
            return OrderStateMachine.ApplySmartStoreChange(data, change, context, _time.GetUtcNow());
        });
        if (!result.Succeeded)
        {
            return result;
        }

        // A cancellation after placing refunds the points (once) unless the supplier has shipped.
        return result with { Order = await RefundIfOwedAsync() };
    }

    public Task<OrderCommandResult> RecordSmartStoreWriteAsync(SmartStoreWriteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return TransitionAsync(null, data => Task.FromResult(OrderStateMachine.RecordSmartStoreWrite(data, result, _time.GetUtcNow())));
    }

    public async Task RepairProjectionAsync()
    {
        if (Stored.Data is { Placement: not null })
        {
            // An unfinished placing is not projected (see PlaceAsync): its finish projects the order.
            await FinishUnfinishedStepsAsync();
            return;
        }

        if (Stored.Data is { } data)
        {
            await _readStore.UpsertAsync(data.SellerId, data.ToView());
            _projectedVersion = data.Version;
        }
    }

    private async Task<OrderCommandResult> TransitionAsync(string? sellerId, Func<OrderData, Task<TransitionResult>> transition)
    {
        var data = Stored.Data;
        if (data is null || (sellerId is not null && !string.Equals(sellerId, data.SellerId, StringComparison.Ordinal)))
        {
            return new OrderCommandResult(null, new TransitionError(TransitionErrorCode.NotFound, "주문을 찾을 수 없어요."));
        }

        var result = await transition(data);
        if (!result.Succeeded)
        {
            return new OrderCommandResult(data.ToView(), result.Error);
        }

        if (result.Changed)
        {
            await CommitAsync(result.State);
        }
        else
        {
            await EnsureProjectedAsync(data);
        }

        return new OrderCommandResult(result.State.ToView(), null);
    }

    // A second OnChannel order for the same product order cannot come from collection: the grain is the product order,
    // and another seller account collecting it is answered as a duplicate before validation. The one other way, a
    // 개별 주문 made from this order, is kept in OrderData.ReplacedBy, which validation reads as 주문 건 중복.
    private static OrderCheckContext ContextOf(OrderFacts facts) =>
        new(facts.Product, facts.SaleApplied, IsDuplicate: false, facts.RememberedOptionId);

    private async Task<OrderCheckContext> ContextAsync(string sellerId, string productCode, string optionText)
    {
        var productTask = GrainFactory.GetGrain<ICatalogProductGrain>(ProductKey.For(productCode)).GetAsync();
        var sellerTask = GrainFactory.GetSeller(sellerId).GetOrderContextAsync(productCode, optionText);
        var product = await productTask;
        var seller = await sellerTask;
        return ContextOf(new OrderFacts(product, seller.SaleApplied, seller.RememberedOptionId));
    }

    private async Task CommitAsync(OrderData next)
    {
        await PersistAsync(next);
        await AfterPersistAsync(next);
    }

    /// <summary>Writes <paramref name="next"/> to storage only: no projection, no announcement.</summary>
    private async Task PersistAsync(OrderData next)
    {
        var previous = Stored.Data;
        Stored.Data = next;
        try
        {
            await _storage.WriteStateAsync(StorageNames.OrderState, this.GetGrainId(), _state);
        }
        catch
        {
            // The stored state is unknown now; start over from storage at the next call.
            Stored.Data = previous;
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Projects a persisted transition and announces it.</summary>
    private async Task AfterPersistAsync(OrderData next)
    {
        await EnsureProjectedAsync(next);
        var view = next.ToView();
        try
        {
            await _events.OrderChangedAsync(next.SellerId, view);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The transition is persisted and in the read model; a lost announcement is repaired by the next read.
            LogAnnounceFailed(_logger, e, ProductOrderId);
        }
    }

    private async Task EnsureProjectedAsync(OrderData data)
    {
        if (_projectedVersion >= data.Version)
        {
            return;
        }

        await _readStore.UpsertAsync(data.SellerId, data.ToView());
        _projectedVersion = data.Version;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Product order {ProductOrderId} is already an order of another seller; seller {SellerId} collected it again")]
    private static partial void LogDuplicate(ILogger logger, string productOrderId, string sellerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order {ProductOrderId} was collected as new but its state exists; it is read and answered as known")]
    private static partial void LogNotNew(ILogger logger, string productOrderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {ProductOrderId}: read-model row repaired from version {RowVersion} to {Version}")]
    private static partial void LogRepaired(ILogger logger, string productOrderId, long rowVersion, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ProductOrderId}: finishing an interrupted placing or refund on activation failed; its reminder tries again")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception, string productOrderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ProductOrderId}: read-model repair on activation failed")]
    private static partial void LogRepairFailed(ILogger logger, Exception exception, string productOrderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing order {ProductOrderId} failed")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string productOrderId);
}
