using System.Collections.Immutable;
using System.Diagnostics;
using Grains.Common;
using Grains.Diagnostics;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Grains.Interfaces.Sellers;
using Grains.Orders;
using Grains.Security;
using Grains.Sellers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartStore;
using SmartStore.Models;

namespace Grains.Collection;

/// <summary>
/// Runs one seller's collections, one at a time: reads SmartStore, hands new orders and changes to their order grains,
/// and keeps the checkpoint and history. The rules (ranges, classification, owed orders, history) live in the plain
/// classes beside it; this grain coordinates, persists and announces.
/// </summary>
public sealed partial class SellerCollectionGrain : Grain, ISellerCollectionGrain
{
    private readonly CommittedState<SellerCollectionState> _state;
    private readonly IOptions<CollectionOptions> _options;
    private readonly ISmartStoreClient _smartStore;
    private readonly SecretProtector _protector;
    private readonly IOrderReadModel _readModel;
    private readonly IOrderEvents _events;
    private readonly TimeProvider _time;
    private readonly OrderMetrics _metrics;
    private readonly CollectionCadence _cadence;
    private readonly ILogger<SellerCollectionGrain> _logger;

    // Quiet runs move the checkpoint in memory only; this is what other calls see, and what was last persisted.
    private SyncHistory? _history;
    private DateTimeOffset _persistedAt;
    private DateTimeOffset _lastRunEnded = DateTimeOffset.MinValue;

    // Which ticks poll SmartStore; created at the first tick. Sellers with their own application have their own
    // budget and poll every tick; until the first run tells, a seller counts as one on the platform application.
    private SellerCadence? _sellerCadence;
    private bool _ownApplication;

    // How far SmartStore's clock is ahead of this silo's, from its last answer: a range read "up to now" ends at
    // SmartStore's now, or changes it stamps ahead of our clock would only be read once our clock got there.
    private TimeSpan _smartStoreAhead;

    public SellerCollectionGrain(
        [PersistentState(StorageNames.CollectionState, StorageNames.Main)] IPersistentState<SellerCollectionState> state,
        IOptions<CollectionOptions> options,
        ISmartStoreClient smartStore,
        SecretProtector protector,
        IOrderReadModel readModel,
        IOrderEvents events,
        TimeProvider time,
        OrderMetrics metrics,
        CollectionCadence cadence,
        ILogger<SellerCollectionGrain> logger)
    {
        _state = new CommittedState<SellerCollectionState>(state);
        _options = options;
        _smartStore = smartStore;
        _protector = protector;
        _readModel = readModel;
        _events = events;
        _time = time;
        _metrics = metrics;
        _cadence = cadence;
        _logger = logger;
    }

    private string SellerId => SellerKey.SellerIdOf(this.GetPrimaryKeyString());

    private SyncHistory History => _history ?? _state.Value.History;

    public Task<SyncHistory> GetSyncHistoryAsync() => Task.FromResult(History);

    public async Task StartOverForNewAccountAsync()
    {
        if (SyncHistoryLog.StartOver(History) is not { } next)
        {
            return;
        }

        // Runs queue behind this call, so none reads the new account from the old checkpoint.
        await _state.SaveAsync(new SellerCollectionState { History = next });
        _history = next;
        _persistedAt = _time.GetUtcNow();
        LogStartedOver(_logger, SellerId);
    }

    public async Task<CollectionRun> CollectAsync()
    {
        // A seller collecting by hand is active: the orders it finds make it busy for the cadence as well.
        var started = _time.GetUtcNow();
        var run = await RunAsync(automatic: false);
        _sellerCadence?.Record(started, run.Summary);
        return run;
    }

    public async Task TickAsync()
    {
        var now = _time.GetUtcNow();
        if (SellerCadence.Overlaps(now, _lastRunEnded, _options.Value.AutoCollectPeriod))
        {
            _cadence.Ticked(TickOutcome.Overlapped);
            return;
        }

        var cadence = _sellerCadence ??= SellerCadence.From(History, Random.Shared.NextDouble());
        var polls = _ownApplication || cadence.Tick(PlannedInterval(cadence, now));
        _cadence.Ticked(polls ? TickOutcome.Polled : TickOutcome.Skipped);
        if (polls)
        {
            var run = await RunAsync(automatic: true);
            cadence.Record(now, run.Summary);
        }
    }

    /// <summary>Ticks between polls for this seller under the silo's plan; counts the seller into the next plan.</summary>
    private double PlannedInterval(SellerCadence cadence, DateTimeOffset now)
    {
        var busy = cadence.IsBusy(now, _options.Value.BusyFor);
        return _cadence.Ticking(this.GetPrimaryKeyString(), busy).IntervalFor(busy);
    }

    private async Task<CollectionRun> RunAsync(bool automatic)
    {
        var started = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        RunReport report;
        var applied = 0;
        try
        {
            var access = await GrainFactory.GetGrain<ISellerAccessGrain>(this.GetPrimaryKeyString()).GetAccessAsync();
            _ownApplication = access.Account?.Mode == SmartStoreMode.Own;
            if (automatic && !access.AutoCollect)
            {
                return RunResults.NotRun;
            }

            var credentials = Credentials(access.Account);
            (report, applied) = credentials is null
                ? (RunResults.Report(automatic, started, clock.Elapsed, RunResults.NotRegistered()), 0)
                : automatic
                    ? await CollectChangesAsync(credentials, started, clock)
                    : await CollectWindowAsync(credentials, started, clock);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever broke (PostgreSQL, a secret this silo cannot decrypt), the run leaves a trace and the next
            // tick starts afresh.
            var threw = RunResults.Threw(e);
            LogRunThrew(_logger, e, SellerId, automatic, threw.ErrorCode!);
            report = RunResults.Report(automatic, started, clock.Elapsed, threw);
        }

        await RecordAsync(report, applied);
        _lastRunEnded = _time.GetUtcNow();
        if (automatic && report.Run.Succeeded)
        {
            // 자동 발주 follows each automatic collection (one-way; the seller checks that it is on).
            await GrainFactory.GetSeller(SellerId).ResumeAutoOrderingAsync();
        }

        return report.Run;
    }

    private async Task<(RunReport Report, int Applied)> CollectWindowAsync(SmartStoreCredentials credentials, DateTimeOffset now, Stopwatch clock)
    {
        var earliest = now - _options.Value.Window;
        var listed = await _smartStore.ListNewProductOrdersAsync(credentials, SmartStoreCaller.Interactive(SellerId), earliest, now, CancellationToken.None);
        if (!listed.IsSuccess)
        {
            return (RunResults.Report(false, now, clock.Elapsed, RunResults.SmartStoreFailed(listed.Error)), 0);
        }

        var known = await KnownAsync([.. listed.Value.Select(o => o.ProductOrderId)]);
        var plan = ChangeClassifier.ClassifyDetails(listed.Value, known, SellerId, earliest);
        var tally = await CollectOrdersAsync(plan.Collect);
        var (applied, unapplied) = await ApplyChangesAsync(plan.Changes);
        return (CollectionOutcome.OfWindow(now, clock.Elapsed, plan, tally, unapplied), applied);
    }

    private async Task<(RunReport Report, int Applied)> CollectChangesAsync(SmartStoreCredentials credentials, DateTimeOffset now, Stopwatch clock)
    {
        var options = _options.Value;
        var history = History;
        var owedBefore = history.Owed.IsDefault ? [] : history.Owed;
        var range = CollectionWindow.Plan(history.Checkpoint, now + _smartStoreAhead, options);
        var caller = SmartStoreCaller.Background(SellerId);
        var changed = await _smartStore.GetLastChangedStatusesAsync(credentials, caller, range.From, range.To, CancellationToken.None);
        if (!changed.IsSuccess)
        {
            return (RunResults.Report(true, now, clock.Elapsed, RunResults.SmartStoreFailed(changed.Error)), 0);
        }

        if (changed.Value.ServerTime is { } serverTime)
        {
            _smartStoreAhead = CollectionWindow.Ahead(serverTime, _time.GetUtcNow());
        }

        var changes = changed.Value.Changes;
        var known = await KnownAsync([.. changes.Select(c => c.ProductOrderId).Concat(owedBefore.Select(o => o.ProductOrderId))]);
        var plan = ChangeClassifier.Classify(changes, known, owedBefore);
        var details = ImmutableArray<ProductOrder>.Empty;
        var missing = ImmutableArray<string>.Empty;
        if (plan.Details.Length > 0)
        {
            var queried = await _smartStore.QueryProductOrdersAsync(credentials, caller, plan.Details, CancellationToken.None);
            if (!queried.IsSuccess)
            {
                return (RunResults.Report(true, now, clock.Elapsed, RunResults.SmartStoreFailed(queried.Error)), 0);
            }

            (details, missing) = (queried.Value.Orders, queried.Value.MissingIds);
        }

        var detailPlan = ChangeClassifier.ClassifyDetails(details, known, SellerId, now - options.Window);
        var tally = await CollectOrdersAsync(detailPlan.Collect);
        var (applied, unapplied) = await ApplyChangesAsync([.. plan.Changes, .. detailPlan.Changes]);
        var read = new ChangesRead(range, changed.Value, plan, missing, detailPlan);
        var report = CollectionOutcome.OfChanges(history, read, tally, unapplied, options, now, clock.Elapsed);
        foreach (var order in report.Quarantined)
        {
            LogQuarantined(_logger, SellerId, order.ProductOrderId);
        }

        return (report, applied);
    }

    private async Task<HashSet<string>> KnownAsync(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? [] : (await _readModel.KnownIdsAsync(SellerId, ids)).ToHashSet(StringComparer.Ordinal);

    private async Task<CollectionTally> CollectOrdersAsync(ImmutableArray<CollectedOrder> orders)
    {
        var tally = new CollectionTally();
        if (orders.IsEmpty)
        {
            return tally;
        }

        var byId = orders.ToDictionary(o => o.ProductOrderId, StringComparer.Ordinal);
        var facts = await RunFacts.ReadAsync(GrainFactory, SellerId, byId.Values);
        var outcomes = await OrderFanout.RunAsync(GrainFactory, [.. byId.Keys], (grain, id) => grain.CollectAsync(byId[id], facts.For(byId[id])));
        var created = new List<CollectedOrder>();
        foreach (var (id, outcome, error) in outcomes)
        {
            if (error is not null)
            {
                LogCollectFailed(_logger, error, SellerId, id);
            }
            else if (outcome?.Created == true)
            {
                created.Add(byId[id]);
            }

            tally.Add(error is null ? outcome : null);
        }

        tally.Unrevalidated = await RevalidateChangedAsync(facts, created);
        return tally;
    }

    /// <summary>
    /// Reads the facts again now that the created orders' rows are in the read model, and validates once more the
    /// orders whose facts changed meanwhile (see <see cref="RunFacts"/>). The ones whose call failed go to the seller's
    /// re-validation backlog; returns how many could not even be handed over.
    /// </summary>
    private async Task<int> RevalidateChangedAsync(RunFacts facts, List<CollectedOrder> created)
    {
        if (created.Count == 0)
        {
            return 0;
        }

        var later = await RunFacts.ReadAsync(GrainFactory, SellerId, created);
        var changed = facts.ChangedIn(later, created).Select(o => o.ProductOrderId).ToArray();
        if (changed.Length == 0)
        {
            return 0;
        }

        LogFactsChanged(_logger, SellerId, changed.Length);
        var (_, failed) = await OrderFanout.RevalidateAsync(GrainFactory, changed, _logger);
        if (failed.IsEmpty)
        {
            return 0;
        }

        try
        {
            // Each order is persisted; only its second look is owed, and the backlog retries it until it is done.
            // One-way (see the interface): a hand-over lost with a dying silo leaves a stale check, never an order.
            await GrainFactory.GetSeller(SellerId).KeepForRevalidationAsync(failed);
            LogRevalidationOwed(_logger, SellerId, failed.Length);
            return 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogBacklogFailed(_logger, e, SellerId, failed.Length);
            return failed.Length;
        }
    }

    /// <summary>Applies SmartStore's changes to known orders; returns how many were applied and how many calls failed.</summary>
    private async Task<(int Applied, int Failed)> ApplyChangesAsync(ImmutableArray<KeyValuePair<string, SmartStoreChange>> changes)
    {
        var byId = ChangeClassifier.LatestById(changes);
        var results = await OrderFanout.RunAsync(GrainFactory, [.. byId.Keys], (grain, id) => grain.ApplySmartStoreChangeAsync(byId[id]));
        int applied = 0, failed = 0;
        foreach (var (id, result, error) in results)
        {
            if (error is not null)
            {
                failed++;
                LogCollectFailed(_logger, error, SellerId, id);
            }
            else if (result?.Error is { } refused)
            {
                LogChangeRefused(_logger, SellerId, id, refused.Code);
            }
            else
            {
                applied++;
            }
        }

        return (applied, failed);
    }

    private async Task RecordAsync(RunReport report, int applied)
    {
        // The run's orders are persisted whether or not its history is saved below.
        _metrics.Collected(report.Run.Summary);
        var before = History;
        var next = SyncHistoryLog.Record(before, report);
        var now = _time.GetUtcNow();
        if (SyncHistoryLog.IsWorthPersisting(before, report, applied) || now - _persistedAt >= _options.Value.QuietPersistInterval)
        {
            try
            {
                await _state.SaveAsync(new SellerCollectionState { History = next });
                _persistedAt = now;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The orders of the run are persisted; only its history is not. Nothing is published, so the next
                // run reads from the last saved checkpoint again.
                LogHistoryNotSaved(_logger, e, SellerId);
                return;
            }
        }

        _history = next;
        var run = report.Run;
        if (!run.Succeeded)
        {
            LogRunFailed(_logger, SellerId, report.Automatic, run.ErrorCode, run.TraceId);
        }

        LogRunFinished(_logger, SellerId, report.Automatic, run.Summary.Collected, run.Summary.AlreadyKnown, run.Summary.Skipped, report.Duration.TotalMilliseconds);
        try
        {
            await _events.CollectionFinishedAsync(SellerId, run);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogAnnounceFailed(_logger, e, SellerId);
        }
    }

    private SmartStoreCredentials? Credentials(StoredSmartStoreAccount? stored) => stored?.ToCredentials(_protector, SellerId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seller {SellerId} collection (automatic: {Automatic}) threw; recorded as {ErrorCode}")]
    private static partial void LogRunThrew(ILogger logger, Exception exception, string sellerId, bool automatic, string errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} could not persist order {ProductOrderId}")]
    private static partial void LogCollectFailed(ILogger logger, Exception? exception, string sellerId, string productOrderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} order {ProductOrderId}: SmartStore change not applied ({Reason})")]
    private static partial void LogChangeRefused(ILogger logger, string sellerId, string productOrderId, TransitionErrorCode reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} collection: the catalog or seller facts of {Count} new orders changed during the run; they are validated again")]
    private static partial void LogFactsChanged(ILogger logger, string sellerId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} registered another SmartStore account; its checkpoint and owed orders were dropped")]
    private static partial void LogStartedOver(ILogger logger, string sellerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId}: {Count} orders not validated again after the run; kept in the seller's re-validation backlog")]
    private static partial void LogRevalidationOwed(ILogger logger, string sellerId, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seller {SellerId}: {Count} orders not validated again after the run and not handed to the backlog")]
    private static partial void LogBacklogFailed(ILogger logger, Exception exception, string sellerId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} order {ProductOrderId} quarantined: SmartStore kept leaving it out of its detail answers")]
    private static partial void LogQuarantined(ILogger logger, string sellerId, string productOrderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} collection (automatic: {Automatic}) failed: {ErrorCode} (trace {TraceId})")]
    private static partial void LogRunFailed(ILogger logger, string sellerId, bool automatic, string? errorCode, string? traceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} collection (automatic: {Automatic}): {Collected} collected, {AlreadyKnown} known, {Skipped} skipped in {DurationMs} ms")]
    private static partial void LogRunFinished(ILogger logger, string sellerId, bool automatic, int collected, int alreadyKnown, int skipped, double durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} collection history could not be saved")]
    private static partial void LogHistoryNotSaved(ILogger logger, Exception exception, string sellerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing the collection of seller {SellerId} failed")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string sellerId);
}
