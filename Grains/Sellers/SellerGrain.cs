using System.Collections.Immutable;
using System.Diagnostics;
using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Grains.Orders;
using Grains.Security;
using Grains.Interfaces.ReadModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartStore;
using SmartStore.Models;

namespace Grains.Sellers;

/// <summary>
/// One seller account: SmartStore registration, automation settings, sale applications, remembered options, and
/// order collection (manual, and automatic on the <see cref="AutoCollectReminder"/> reminder).
/// </summary>
public sealed partial class SellerGrain : Grain, ISellerGrain, IRemindable
{
    /// <summary>Name of the reminder that triggers automatic collection.</summary>
    public const string AutoCollectReminder = "auto-collect";

    private const string OrderingNeedsCollection = "자동 발주는 자동 주문 수집이 켜져 있을 때만 사용할 수 있습니다.";
    private const string NotRegisteredCode = "NotRegistered";
    private const string PersistFailedCode = "PersistFailed";
    private const int MaxCredentialLength = 200;

    private readonly IPersistentState<SellerState> _state;
    private readonly IOptions<CollectionOptions> _options;
    private readonly ISmartStoreClient _smartStore;
    private readonly SecretProtector _protector;
    private readonly IOrderReadModel _readStore;
    private readonly IOrderEvents _events;
    private readonly TimeProvider _time;
    private readonly ILogger<SellerGrain> _logger;

    public SellerGrain(
        [PersistentState(StorageNames.SellerState, StorageNames.Main)] IPersistentState<SellerState> state,
        IOptions<CollectionOptions> options,
        ISmartStoreClient smartStore,
        SecretProtector protector,
        IOrderReadModel readStore,
        IOrderEvents events,
        TimeProvider time,
        ILogger<SellerGrain> logger)
    {
        _state = state;
        _options = options;
        _smartStore = smartStore;
        _protector = protector;
        _readStore = readStore;
        _events = events;
        _time = time;
        _logger = logger;
    }

    private string SellerId => SellerKey.SellerIdOf(this.GetPrimaryKeyString());

    // Binds each encrypted secret to its seller, so a blob copied to another seller's state does not decrypt.
    private string SecretPurpose => "smartstore-secret:" + SellerId;

    public Task<SellerSettings> GetSettingsAsync() => Task.FromResult(_state.State.Settings);

    public async Task<SettingsChange> UpdateSettingsAsync(SellerSettings requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var current = _state.State.Settings;
        if (requested.AutoOrder && !requested.AutoCollect)
        {
            // Switching collection off switches ordering off with it; asking for ordering alone is refused.
            if (!current.AutoCollect)
            {
                return new SettingsChange(false, current, OrderingNeedsCollection);
            }
            requested = SellerSettings.Off;
        }

        // Persist first: the reminder follows the saved settings, and a reminder left behind by a crash between the
        // two steps is harmless because each tick re-checks the settings.
        _state.State.Settings = requested;
        await _state.WriteStateAsync();
        await SyncReminderAsync(requested.AutoCollect);
        LogSettingsChanged(_logger, SellerId, requested.AutoCollect, requested.AutoOrder);
        return new SettingsChange(true, requested, null);
    }

    public async Task<SmartStoreRegistrationResult> RegisterSmartStoreAsync(SmartStoreRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var current = _state.State.SmartStore?.ToAccount();
        var problem = FindRegistrationProblem(registration);
        if (problem is not null)
        {
            return new SmartStoreRegistrationResult(false, current, "InvalidInput", problem, null);
        }

        var credentials = registration.Mode == SmartStoreMode.Own
            ? SmartStoreCredentials.ForOwnApplication(registration.ClientId!, registration.ClientSecret!)
            : SmartStoreCredentials.ForSolutionSeller(registration.AccountId!);
        var verified = await _smartStore.VerifyAsync(credentials, SellerId, CancellationToken.None);
        if (!verified.IsSuccess)
        {
            var error = verified.Error;
            LogRegistrationRefused(_logger, SellerId, registration.Mode, error.Code, error.TraceId);
            return new SmartStoreRegistrationResult(
                false, current, error.Code, $"스마트스토어 인증에 실패했어요: {error.Message}", error.TraceId);
        }

        var stored = new StoredSmartStoreAccount(
            registration.Mode,
            credentials.AccountId,
            credentials.ClientId,
            credentials.ClientSecret is null ? null : _protector.Protect(credentials.ClientSecret, SecretPurpose),
            _time.GetUtcNow());
        _state.State.SmartStore = stored;
        await _state.WriteStateAsync();
        LogRegistered(_logger, SellerId, registration.Mode);
        return new SmartStoreRegistrationResult(true, stored.ToAccount(), null, null, null);
    }

    public Task<SmartStoreAccount?> GetSmartStoreAccountAsync() => Task.FromResult(_state.State.SmartStore?.ToAccount());

    public Task<SyncHistory> GetSyncHistoryAsync() => Task.FromResult(_state.State.Sync);

    public Task<ImmutableArray<string>> GetSaleApplicationsAsync() => Task.FromResult(_state.State.SaleApplications);

    public Task<SellerOrderContext> GetOrderContextAsync(string productCode, string optionText) =>
        Task.FromResult(new SellerOrderContext(
            _state.State.SaleApplications.BinarySearch(productCode, StringComparer.Ordinal) >= 0,
            _state.State.OptionMemory.Resolve(productCode, optionText)));

    public async Task<CollectionRun> CollectAsync()
    {
        var started = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var run = await CollectWindowAsync(started);
        await RecordRunAsync(automatic: false, started, clock.Elapsed, run, checkpoint: null);
        return run;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != AutoCollectReminder)
        {
            return;
        }
        if (!_state.State.Settings.AutoCollect)
        {
            // Settings were turned off but the reminder survived (e.g. a crash after the write); clean it up.
            await SyncReminderAsync(false);
            return;
        }

        LogAutoCollectTick(_logger, SellerId, status.CurrentTickTime);
        var started = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var (run, checkpoint) = await CollectChangesAsync(started);
        await RecordRunAsync(automatic: true, started, clock.Elapsed, run, checkpoint);
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

        var current = _state.State.SaleApplications;
        var merged = current.Union(applied, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        if (merged.Length != current.Length)
        {
            _state.State.SaleApplications = merged;
            await _state.WriteStateAsync();
            LogAppliedForSale(_logger, SellerId, merged.Length - current.Length);
        }

        var revalidated = 0;
        if (applied.Count > 0)
        {
            var orderIds = await _readStore.OpenOrderIdsAsync(SellerId, applied);
            revalidated = await OrderFanout.RevalidateAsync(GrainFactory, orderIds, _logger);
        }

        return new SaleApplicationResult(applied.ToImmutable(), rejected.ToImmutable(), revalidated);
    }

    public async Task<SaleApplicationResult> ApplyForSaleAllAsync()
    {
        var blocking = await _readStore.OpenProductCodesWithErrorAsync(SellerId, OrderErrorCode.SaleNotApplied);
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
            var memory = _state.State.OptionMemory.Remember(view.ProductCode, view.OptionText, optionId);
            if (!ReferenceEquals(memory, _state.State.OptionMemory))
            {
                _state.State.OptionMemory = memory;
                await _state.WriteStateAsync();
            }
        }

        // The order refuses a choice that is not an option of the product, or an order that is already placed.
        var result = await order.ChooseOptionAsync(SellerId, optionId);
        if (result.Succeeded)
        {
            var others = await _readStore.OpenOrderIdsAsync(SellerId, [view.ProductCode]);
            await OrderFanout.RevalidateAsync(GrainFactory, [.. others.Where(id => id != productOrderId)], _logger);
        }

        return result;
    }

    private async Task<CollectionRun> CollectWindowAsync(DateTimeOffset now)
    {
        var credentials = Credentials();
        if (credentials is null)
        {
            return NotRegistered();
        }

        var listed = await _smartStore.ListNewProductOrdersAsync(credentials, SellerId, now - _options.Value.Window, now, CancellationToken.None);
        if (!listed.IsSuccess)
        {
            return SmartStoreFailed(CollectionSummary.Empty, listed.Error);
        }

        var (summary, failures) = await IngestAsync(listed.Value, now);

        // The listing also shows new orders with a cancel request; the ones already collected are canceled.
        var canceled = listed.Value
            .Where(o => ProductOrderMapping.IsCanceled(o.ProductOrderStatus, o.ClaimType, o.ClaimStatus))
            .Select(o => o.ProductOrderId)
            .ToList();
        failures += await ApplyChangesAsync(canceled, []);
        return failures == 0 ? new CollectionRun(summary, null, null, null) : PersistFailed(summary, failures);
    }

    private async Task<(CollectionRun Run, DateTimeOffset? Checkpoint)> CollectChangesAsync(DateTimeOffset now)
    {
        var credentials = Credentials();
        if (credentials is null)
        {
            return (NotRegistered(), null);
        }

        var options = _options.Value;
        var earliest = now - options.Window;
        var from = _state.State.Sync.Checkpoint is { } checkpoint ? checkpoint - options.Overlap : earliest;
        if (from < earliest)
        {
            from = earliest;
        }

        var changed = await _smartStore.GetLastChangedStatusesAsync(credentials, SellerId, from, now, CancellationToken.None);
        if (!changed.IsSuccess)
        {
            return (SmartStoreFailed(CollectionSummary.Empty, changed.Error), null);
        }

        var changes = changed.Value.Changes;
        var paid = changes
            .Where(c => c.ProductOrderStatus == ProductOrderStatuses.Payed && c.ClaimType is null)
            .Select(c => c.ProductOrderId)
            .ToList();

        // Orders seen again in the overlap are already known: they cost no detail query.
        var known = paid.Count == 0 ? [] : (await _readStore.KnownIdsAsync(SellerId, paid)).ToHashSet(StringComparer.Ordinal);
        var unknown = paid.Where(id => !known.Contains(id)).ToList();
        var summary = CollectionSummary.Empty;
        var failures = 0;
        if (unknown.Count > 0)
        {
            var details = await _smartStore.QueryProductOrdersAsync(credentials, SellerId, unknown, CancellationToken.None);
            if (!details.IsSuccess)
            {
                return (SmartStoreFailed(summary, details.Error), null);
            }

            (summary, failures) = await IngestAsync(details.Value.Orders, now);
        }

        summary = summary with { AlreadyKnown = summary.AlreadyKnown + known.Count };

        failures += await ApplyChangesAsync(
            [.. changes.Where(c => ProductOrderMapping.IsCanceled(c.ProductOrderStatus, c.ClaimType, c.ClaimStatus)).Select(c => c.ProductOrderId)],
            [.. changes.Where(c => ProductOrderMapping.IsDelivered(c.ProductOrderStatus)).Select(c => c.ProductOrderId)]);

        // The checkpoint moves only when every order it covers is persisted; otherwise the next tick reads them again.
        return failures == 0
            ? (new CollectionRun(summary, null, null, null), changed.Value.CoveredUntil)
            : (PersistFailed(summary, failures), null);
    }

    /// <summary>Hands the new orders to their grains; returns the summary and how many could not be persisted.</summary>
    private async Task<(CollectionSummary Summary, int Failures)> IngestAsync(IEnumerable<ProductOrder> orders, DateTimeOffset now)
    {
        var earliest = now - _options.Value.Window;
        var skipped = 0;
        var candidates = new Dictionary<string, CollectedOrder>(StringComparer.Ordinal);
        foreach (var order in orders)
        {
            if (!order.IsNewOrder || order.PaymentDate is not { } paid || paid < earliest)
            {
                continue;
            }

            if (!ProductCode.TryNormalize(order.SellerProductCode, out var code))
            {
                skipped++;
                continue;
            }

            candidates.TryAdd(order.ProductOrderId, order.ToCollected(SellerId, code));
        }

        var ids = candidates.Keys.ToList();
        var outcomes = await OrderFanout.RunAsync(GrainFactory, ids, (grain, id) => grain.CollectAsync(candidates[id]));
        int collected = 0, orderable = 0, needsOption = 0, failed = 0, known = 0, failures = 0;
        foreach (var (id, outcome, error) in outcomes)
        {
            if (error is not null || outcome is null)
            {
                failures++;
                LogCollectFailed(_logger, error, SellerId, id);
            }
            else if (outcome.Error is not null || outcome.Duplicate)
            {
                failed++;
            }
            else if (!outcome.Created)
            {
                known++;
            }
            else
            {
                collected++;
                var view = outcome.Order!;
                if (view.Orderable)
                {
                    orderable++;
                }
                else if (view.Status == OrderStatus.Waiting)
                {
                    needsOption++;
                }
                else
                {
                    failed++;
                }
            }
        }

        return (new CollectionSummary(collected, orderable, needsOption, failed, skipped, known), failures);
    }

    /// <summary>Applies cancellations and deliveries to the seller's known orders; returns how many calls failed.</summary>
    private async Task<int> ApplyChangesAsync(IReadOnlyCollection<string> canceled, IReadOnlyCollection<string> delivered)
    {
        if (canceled.Count + delivered.Count == 0)
        {
            return 0;
        }

        var known = (await _readStore.KnownIdsAsync(SellerId, [.. canceled.Concat(delivered).Distinct(StringComparer.Ordinal)]))
            .ToHashSet(StringComparer.Ordinal);
        var failures = 0;
        foreach (var (ids, apply) in new (IReadOnlyCollection<string>, Func<IOrderGrain, string, Task<OrderCommandResult>>)[]
                 {
                     (canceled, (grain, _) => grain.CancelAsync()),
                     (delivered, (grain, _) => grain.DeliverAsync()),
                 })
        {
            var results = await OrderFanout.RunAsync(GrainFactory, [.. ids.Where(known.Contains)], apply);
            foreach (var (id, result, error) in results)
            {
                if (error is not null)
                {
                    failures++;
                    LogCollectFailed(_logger, error, SellerId, id);
                }
                else if (result?.Error is { } refused)
                {
                    // e.g. a buyer canceled after placing: a person settles it; the order shows what it is.
                    LogChangeRefused(_logger, SellerId, id, refused.Code);
                }
            }
        }

        return failures;
    }

    private async Task RecordRunAsync(bool automatic, DateTimeOffset started, TimeSpan duration, CollectionRun run, DateTimeOffset? checkpoint)
    {
        var history = _state.State.Sync;
        history = history with
        {
            Checkpoint = checkpoint ?? history.Checkpoint,
            LastRunAt = started,
            LastRunAutomatic = automatic,
            LastDuration = duration,
            LastSummary = run.Summary,
            Runs = history.Runs + 1,
            TotalCollected = history.TotalCollected + run.Summary.Collected,
        };
        if (!run.Succeeded)
        {
            history = history with
            {
                LastErrorAt = started,
                LastErrorCode = run.ErrorCode,
                LastErrorMessage = run.ErrorMessage,
                LastErrorTraceId = run.TraceId,
            };
            LogRunFailed(_logger, SellerId, automatic, run.ErrorCode, run.TraceId);
        }

        _state.State.Sync = history;
        await _state.WriteStateAsync();
        LogRunFinished(_logger, SellerId, automatic, run.Summary.Collected, run.Summary.AlreadyKnown, run.Summary.Skipped, duration.TotalMilliseconds);
        try
        {
            await _events.CollectionFinishedAsync(SellerId, run);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogAnnounceFailed(_logger, e, SellerId);
        }
    }

    private SmartStoreCredentials? Credentials()
    {
        var stored = _state.State.SmartStore;
        if (stored is null)
        {
            return null;
        }

        return stored.Mode == SmartStoreMode.Own
            ? SmartStoreCredentials.ForOwnApplication(stored.ClientId!, _protector.Unprotect(stored.ProtectedSecret!, SecretPurpose))
            : SmartStoreCredentials.ForSolutionSeller(stored.AccountId!);
    }

    private static CollectionRun NotRegistered() =>
        new(CollectionSummary.Empty, NotRegisteredCode, "스마트스토어 계정을 먼저 등록해 주세요.", null);

    private static CollectionRun SmartStoreFailed(CollectionSummary summary, SmartStoreError error) =>
        new(summary, error.Code, $"스마트스토어 주문을 가져오지 못했어요: {error.Message}", error.TraceId);

    private static CollectionRun PersistFailed(CollectionSummary summary, int failures) =>
        new(summary, PersistFailedCode, $"주문 {failures}건을 저장하지 못했어요. 다음 수집 때 다시 가져와요.", null);

    private static string? FindRegistrationProblem(SmartStoreRegistration registration) => registration.Mode switch
    {
        SmartStoreMode.Solution when string.IsNullOrWhiteSpace(registration.AccountId) => "스마트스토어 계정 아이디를 입력해 주세요.",
        SmartStoreMode.Solution when registration.AccountId!.Length > MaxCredentialLength => "스마트스토어 계정 아이디가 너무 길어요.",
        SmartStoreMode.Own when string.IsNullOrWhiteSpace(registration.ClientId) || string.IsNullOrWhiteSpace(registration.ClientSecret) =>
            "애플리케이션 ID와 시크릿을 모두 입력해 주세요.",
        SmartStoreMode.Own when registration.ClientId!.Length > MaxCredentialLength || registration.ClientSecret!.Length > MaxCredentialLength =>
            "애플리케이션 ID 또는 시크릿이 너무 길어요.",
        SmartStoreMode.Solution or SmartStoreMode.Own => null,
        _ => "등록 방식은 solution 또는 own 이어야 해요.",
    };

    private async Task SyncReminderAsync(bool enabled)
    {
        if (enabled)
        {
            var period = _options.Value.AutoCollectPeriod;
            await this.RegisterOrUpdateReminder(AutoCollectReminder, period, period);
            return;
        }
        var existing = await this.GetReminder(AutoCollectReminder);
        if (existing is not null)
        {
            await this.UnregisterReminder(existing);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} settings saved: AutoCollect={AutoCollect}, AutoOrder={AutoOrder}")]
    private static partial void LogSettingsChanged(ILogger logger, string sellerId, bool autoCollect, bool autoOrder);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seller {SellerId} auto-collection tick at {TickTime}")]
    private static partial void LogAutoCollectTick(ILogger logger, string sellerId, DateTime tickTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} registered SmartStore access in {Mode} mode")]
    private static partial void LogRegistered(ILogger logger, string sellerId, SmartStoreMode mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} SmartStore registration in {Mode} mode refused: {ErrorCode} (trace {TraceId})")]
    private static partial void LogRegistrationRefused(ILogger logger, string sellerId, SmartStoreMode mode, string errorCode, string? traceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} applied for {Count} more products")]
    private static partial void LogAppliedForSale(ILogger logger, string sellerId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} could not persist order {ProductOrderId}")]
    private static partial void LogCollectFailed(ILogger logger, Exception? exception, string sellerId, string productOrderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} order {ProductOrderId}: SmartStore change not applied ({Reason})")]
    private static partial void LogChangeRefused(ILogger logger, string sellerId, string productOrderId, TransitionErrorCode reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} collection (automatic: {Automatic}) failed: {ErrorCode} (trace {TraceId})")]
    private static partial void LogRunFailed(ILogger logger, string sellerId, bool automatic, string? errorCode, string? traceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} collection (automatic: {Automatic}): {Collected} collected, {AlreadyKnown} known, {Skipped} skipped in {DurationMs} ms")]
    private static partial void LogRunFinished(ILogger logger, string sellerId, bool automatic, int collected, int alreadyKnown, int skipped, double durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing the collection of seller {SellerId} failed")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string sellerId);
}
