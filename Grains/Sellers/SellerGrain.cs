using System.Collections.Immutable;
using Grains.Common;
using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Grains.Interfaces.Sellers;
using Grains.Ordering;
using Grains.Orders;
using Grains.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartStore;

namespace Grains.Sellers;

/// <summary>
/// One seller account: SmartStore registration, automation settings and the <see cref="AutoCollectReminder"/>
/// reminder, sale applications and remembered options. Collection runs in the seller's
/// <see cref="ISellerCollectionGrain"/>, so a run waiting on SmartStore never blocks these commands.
/// </summary>
public sealed partial class SellerGrain : Grain, ISellerGrain, ISellerAccessGrain, IRemindable
{
    /// <summary>Name of the reminder that triggers automatic collection.</summary>
    public const string AutoCollectReminder = "auto-collect";

    private const string OrderingNeedsCollection = "자동 발주는 자동 주문 수집이 켜져 있을 때만 사용할 수 있어요.";
    private const string AccountTaken = "이미 다른 온채널 계정에 등록된 스마트스토어 계정이에요. 본인 계정이 맞다면 고객센터에 문의해 주세요.";

    private readonly CommittedState<SellerState> _state;
    private readonly IOptions<CollectionOptions> _options;
    private readonly ISmartStoreClient _smartStore;
    private readonly SecretProtector _protector;
    private readonly IOrderReadModel _readModel;
    private readonly TimeProvider _time;
    private readonly IOrderEvents _events;
    private readonly ILogger<SellerGrain> _logger;

    public SellerGrain(
        [PersistentState(StorageNames.SellerState, StorageNames.Main)] IPersistentState<SellerState> state,
        IOptions<CollectionOptions> options,
        ISmartStoreClient smartStore,
        SecretProtector protector,
        IOrderReadModel readModel,
        TimeProvider time,
        IOrderEvents events,
        ILogger<SellerGrain> logger)
    {
        _state = new CommittedState<SellerState>(state);
        _options = options;
        _smartStore = smartStore;
        _protector = protector;
        _readModel = readModel;
        _time = time;
        _events = events;
        _logger = logger;
    }

    private string SellerId => SellerKey.SellerIdOf(this.GetPrimaryKeyString());

    private SellerState State => _state.Value;

    private ISellerOrderingGrain Ordering => GrainFactory.GetGrain<ISellerOrderingGrain>(this.GetPrimaryKeyString());

    private ISellerCollectionGrain Collection => GrainFactory.GetGrain<ISellerCollectionGrain>(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The reminders follow the saved settings: a crash between saving and (un)registering is mended here.
        if (_state.RecordExists)
        {
            await SyncReminderAsync(AutoCollectReminder, State.Settings.AutoCollect, _options.Value.AutoCollectPeriod);
            await SyncReminderAsync(RevalidationBacklog.ReminderName, !State.RevalidationBacklog.IsDefaultOrEmpty, RevalidationBacklog.RetryPeriod);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public Task<SellerSettings> GetSettingsAsync() => Task.FromResult(State.Settings);

    public Task<SellerAccess> GetAccessAsync() =>
        Task.FromResult(new SellerAccess(State.SmartStore, State.Settings.AutoCollect, State.Settings.AutoOrder, State.AutoOrderPolicy));

    public async Task<SettingsChange> UpdateSettingsAsync(SellerSettings requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var current = State.Settings;
        if (requested.AutoOrder && !requested.AutoCollect)
        {
            // Switching collection off switches ordering off with it; asking for ordering alone is refused.
            if (!current.AutoCollect)
            {
                return new SettingsChange(false, current, OrderingNeedsCollection);
            }

            requested = SellerSettings.Off;
        }

        // Persist first: the reminder follows the saved settings, and activation mends a crash between the two.
        await _state.SaveAsync(State with { Settings = requested });
        await SyncReminderAsync(AutoCollectReminder, requested.AutoCollect, _options.Value.AutoCollectPeriod, refresh: true);
        LogSettingsChanged(_logger, SellerId, requested.AutoCollect, requested.AutoOrder);
        if (requested != current)
        {
            await AnnounceSettingsAsync(requested);
        }

        return new SettingsChange(true, requested, null);
    }

    private async Task AnnounceSettingsAsync(SellerSettings settings)
    {
        try
        {
            await _events.SettingsChangedAsync(SellerId, settings);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The settings are saved; a page that missed the push reads them again.
            LogAnnounceFailed(_logger, e, SellerId);
        }
    }

    public async Task<SmartStoreRegistrationResult> RegisterSmartStoreAsync(SmartStoreRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var previous = State.SmartStore;
        var current = previous?.ToAccount();
        var problem = SmartStoreRegistrationRules.Problem(registration);
        if (problem is not null)
        {
            return new SmartStoreRegistrationResult(false, current, "InvalidInput", problem, null);
        }

        var credentials = registration.Mode == SmartStoreMode.Own
            ? SmartStoreCredentials.ForOwnApplication(registration.ClientId!.Trim(), registration.ClientSecret!)
            : SmartStoreCredentials.ForSolutionSeller(registration.AccountId!.Trim());
        var claimKey = SmartStoreAccountKey.For(registration.Mode, credentials.AccountId ?? credentials.ClientId!);
        var previousKey = previous is null ? null : SmartStoreAccountKey.For(previous);

        // SmartStore verifies first: credentials it refuses never reach a claim grain, so a refused registration
        // stores nothing (and typed text, which may hold braces the ADO.NET storage cannot key, never keys a grain).
        var verified = await _smartStore.VerifyAsync(credentials, SmartStoreCaller.Interactive(SellerId), CancellationToken.None);
        if (!verified.IsSuccess)
        {
            var error = verified.Error;
            LogRegistrationRefused(_logger, SellerId, registration.Mode, error.Code, error.TraceId);
            return new SmartStoreRegistrationResult(
                false, current, error.Code, $"스마트스토어 인증에 실패했어요: {error.Message}", error.TraceId);
        }

        var claim = GrainFactory.GetGrain<ISmartStoreAccountClaimGrain>(claimKey);
        if (!await claim.ClaimAsync(SellerId))
        {
            return new SmartStoreRegistrationResult(false, current, "AccountTaken", AccountTaken, null);
        }

        var stored = new StoredSmartStoreAccount(
            registration.Mode,
            credentials.AccountId,
            credentials.ClientId,
            credentials.ClientSecret is null ? null : _protector.Protect(credentials.ClientSecret, SellerSecret.Purpose(SellerId)),
            _time.GetUtcNow());
        try
        {
            await _state.SaveAsync(State with { SmartStore = stored });
        }
        catch
        {
            await ReleaseUnlessKeptAsync(claim, claimKey, previousKey);
            throw;
        }

        // Moving to another account frees the old one (a failure here is healed when someone else claims it), and
        // collection starts over: the checkpoint and owed ids were the old account's.
        if (previousKey is not null && previousKey != claimKey)
        {
            await GrainFactory.GetGrain<ISmartStoreAccountClaimGrain>(previousKey).ReleaseAsync(SellerId);
            await Collection.StartOverForNewAccountAsync();
        }

        LogRegistered(_logger, SellerId, registration.Mode);
        return new SmartStoreRegistrationResult(true, stored.ToAccount(), null, null, null);
    }

    public Task<SmartStoreAccount?> GetSmartStoreAccountAsync() => Task.FromResult(State.SmartStore?.ToAccount());

    public Task<CollectionRun> CollectAsync() => Collection.CollectAsync();

    public Task<SyncHistory> GetSyncHistoryAsync() => Collection.GetSyncHistoryAsync();

    public Task<ImmutableArray<PlaceOutcome>> PlaceOrdersAsync(ImmutableArray<string> productOrderIds) => Ordering.PlaceAsync(productOrderIds);

    public Task<PlaceOutcome> PlaceManualOrderAsync(ManualOrder order) => Ordering.PlaceManualAsync(order);

    public Task ResumeAutoOrderingAsync() => State.Settings.AutoOrder ? Ordering.AutoOrderAsync() : Task.CompletedTask;

    public Task<AutoOrderPolicy> GetAutoOrderPolicyAsync() => Task.FromResult(State.AutoOrderPolicy);

    public async Task<AutoOrderPolicyChange> UpdateAutoOrderPolicyAsync(AutoOrderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var (normalized, problem) = AutoOrderRules.Normalize(policy);
        if (problem is not null)
        {
            return new AutoOrderPolicyChange(false, State.AutoOrderPolicy, problem);
        }

        await _state.SaveAsync(State with { AutoOrderPolicy = normalized });
        return new AutoOrderPolicyChange(true, normalized, null);
    }

    public Task<ImmutableArray<string>> GetSaleApplicationsAsync() => Task.FromResult(State.SaleApplications);

    public Task<SellerOrderContext> GetOrderContextAsync(string productCode, string optionText) =>
        Task.FromResult(ContextOf(State, productCode, optionText));

    public Task<ImmutableArray<SellerOrderContext>> GetOrderContextsAsync(ImmutableArray<OrderContextKey> keys)
    {
        // One state for every answer: a change persisted meanwhile is in all of them or in none.
        var state = State;
        return Task.FromResult((keys.IsDefault ? [] : keys).Select(key => ContextOf(state, key.ProductCode, key.OptionText)).ToImmutableArray());
    }

    private static SellerOrderContext ContextOf(SellerState state, string productCode, string optionText) =>
        new(state.SaleApplications.BinarySearch(productCode, StringComparer.Ordinal) >= 0, state.OptionMemory.Resolve(productCode, optionText));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RevalidationBacklog.ReminderName)
        {
            var failed = await RevalidationBacklog.RetryAsync(GrainFactory, State.RevalidationBacklog, _logger);
            await SaveBacklogAsync(failed);
            return;
        }

        if (reminderName != AutoCollectReminder)
        {
            return;
        }

        if (!State.Settings.AutoCollect)
        {
            // Settings were turned off but the reminder survived; clean it up.
            await SyncReminderAsync(AutoCollectReminder, false, _options.Value.AutoCollectPeriod);
            return;
        }

        // One-way: the run goes on in the collection grain while this grain answers the seller's commands.
        LogAutoCollectTick(_logger, SellerId, status.CurrentTickTime);
        await Collection.TickAsync();
    }

    public async Task<SaleApplicationResult> ApplyForSaleAsync(ImmutableArray<string> productCodes)
    {
        var applied = ImmutableArray.CreateBuilder<string>();
        var rejected = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in (productCodes.IsDefault ? [] : productCodes).Distinct(StringComparer.Ordinal))
        {
            if (!ProductCode.TryNormalize(raw, out var code)
                || await GrainFactory.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync() is null)
            {
                rejected.Add(raw ?? string.Empty);
                continue;
            }

            if (!applied.Contains(code))
            {
                applied.Add(code);
            }
        }

        var current = State.SaleApplications;
        var merged = current.Union(applied, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        if (merged.Length != current.Length)
        {
            await _state.SaveAsync(State with { SaleApplications = merged });
            LogAppliedForSale(_logger, SellerId, merged.Length - current.Length);
        }

        var revalidated = 0;
        if (applied.Count > 0)
        {
            revalidated = await RevalidateAsync(await _readModel.OpenOrderIdsAsync(SellerId, applied));
        }

        return new SaleApplicationResult(applied.ToImmutable(), rejected.ToImmutable(), revalidated);
    }

    public async Task<SaleApplicationResult> ApplyForSaleAllAsync()
    {
        var blocking = await _readModel.OpenProductCodesWithErrorAsync(SellerId, OrderErrorCode.SaleNotApplied);
        return await ApplyForSaleAsync(blocking);
    }

    public async Task<OrderCommandResult> ChooseOptionAsync(string productOrderId, string optionId)
    {
        var notFound = new OrderCommandResult(null, new TransitionError(TransitionErrorCode.NotFound, "주문을 찾을 수 없어요."));
        if (string.IsNullOrWhiteSpace(productOrderId))
        {
            return notFound;
        }

        var order = GrainFactory.GetGrain<IOrderGrain>(OrderKey.For(productOrderId));
        var owner = await order.GetSellerIdAsync();
        var view = await order.GetAsync();
        if (view is null || !string.Equals(owner, SellerId, StringComparison.Ordinal))
        {
            return notFound;
        }

        if (optionId is null)
        {
            return new OrderCommandResult(view, new TransitionError(TransitionErrorCode.InvalidInput, "선택한 옵션이 없어요."));
        }

        var product = await GrainFactory.GetGrain<ICatalogProductGrain>(ProductKey.For(view.ProductCode)).GetAsync();
        if (product is not null && OrderValidator.ResolveOption(product, view.OptionText, optionId, null).Resolved)
        {
            // Remember first: the order's re-validation reads the memory back, and so do the seller's other orders.
            var memory = State.OptionMemory.Remember(view.ProductCode, view.OptionText, optionId);
            if (!ReferenceEquals(memory, State.OptionMemory))
            {
                await _state.SaveAsync(State with { OptionMemory = memory });
            }
        }

        // The order refuses a choice that is not an option of the product, or an order that is already placed.
        var result = await order.ChooseOptionAsync(SellerId, optionId);
        if (result.Succeeded)
        {
            var others = await _readModel.OpenOrderIdsAsync(SellerId, [view.ProductCode]);
            await RevalidateAsync([.. others.Where(id => id != productOrderId)]);
        }

        return result;
    }

    public Task KeepForRevalidationAsync(ImmutableArray<string> productOrderIds) =>
        productOrderIds.IsDefaultOrEmpty
            ? Task.CompletedTask
            : SaveBacklogAsync(RevalidationBacklog.Add(State.RevalidationBacklog, productOrderIds.Where(id => !string.IsNullOrWhiteSpace(id))));

    private async Task<int> RevalidateAsync(IReadOnlyList<string> orderIds)
    {
        var (done, failed) = await OrderFanout.RevalidateAsync(GrainFactory, orderIds, _logger);
        if (!failed.IsEmpty)
        {
            await SaveBacklogAsync(RevalidationBacklog.Add(State.RevalidationBacklog, failed));
        }

        return done;
    }

    private async Task SaveBacklogAsync(ImmutableArray<string> backlog)
    {
        if (!backlog.SequenceEqual(State.RevalidationBacklog.IsDefault ? [] : State.RevalidationBacklog))
        {
            await _state.SaveAsync(State with { RevalidationBacklog = backlog });
        }

        await SyncReminderAsync(RevalidationBacklog.ReminderName, !backlog.IsEmpty, RevalidationBacklog.RetryPeriod);
    }

    private async Task ReleaseUnlessKeptAsync(ISmartStoreAccountClaimGrain claim, string claimKey, string? previousKey)
    {
        // Re-registering the account one already holds keeps it; a new one is released again.
        if (claimKey != previousKey)
        {
            await claim.ReleaseAsync(SellerId);
        }
    }

    private Task SyncReminderAsync(string name, bool enabled, TimeSpan period, bool refresh = false) =>
        Reminders.SyncAsync(this, name, enabled, period, refresh, name == AutoCollectReminder ? FirstTickWithin(period) : null);

    /// <summary>
    /// A random first tick within one period: sellers switched on together (a bulk import, a restored backup) then
    /// tick spread over the period instead of all at once, which keeps the SmartStore demand even.
    /// </summary>
    private static TimeSpan FirstTickWithin(TimeSpan period) => period * Random.Shared.NextDouble();

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} settings saved: AutoCollect={AutoCollect}, AutoOrder={AutoOrder}")]
    private static partial void LogSettingsChanged(ILogger logger, string sellerId, bool autoCollect, bool autoOrder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing the settings of seller {SellerId} failed")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string sellerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seller {SellerId} auto-collection tick at {TickTime}")]
    private static partial void LogAutoCollectTick(ILogger logger, string sellerId, DateTime tickTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} registered SmartStore access in {Mode} mode")]
    private static partial void LogRegistered(ILogger logger, string sellerId, SmartStoreMode mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} SmartStore registration in {Mode} mode refused: {ErrorCode} (trace {TraceId})")]
    private static partial void LogRegistrationRefused(ILogger logger, string sellerId, SmartStoreMode mode, string errorCode, string? traceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} applied for {Count} more products")]
    private static partial void LogAppliedForSale(ILogger logger, string sellerId, int count);
}
