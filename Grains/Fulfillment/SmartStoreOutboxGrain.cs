using System.Collections.Immutable;
using System.Security.Cryptography;
using Grains.Common;
using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Sellers;
using Grains.Orders;
using Grains.Security;
using Grains.Sellers;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using SmartStore;
using SmartStore.Models;

namespace Grains.Fulfillment;

/// <summary>
/// One seller's SmartStore writes (발주확인, 발송처리, 발송 지연). A write is persisted before <see cref="EnqueueAsync"/>
/// returns; a grain timer sends what is due in batches while the grain is active, and the <see cref="ReminderName"/>
/// reminder, present exactly while writes are pending, brings the grain back after a restart. Items are marked in
/// flight (persisted) before they are sent and read back before they are sent again, so a crash or a lost answer
/// never applies a write twice. Every outcome is reported to its order. The rules live in <see cref="OutboxQueue"/>,
/// <see cref="OutboxAnswers"/>, <see cref="OutboxTimer"/>, <see cref="WriteFailureRules"/> and
/// <see cref="OutboxBackoff"/>; this grain coordinates, persists and reports.
/// </summary>
// Reentrant: an order grain enqueues its writes while this grain reports outcomes to order grains (a non-reentrant
// pair would deadlock), and a send waits on SmartStore for seconds, which an enqueue must not wait behind. State
// changes are serialized by _writeGate and computed from the latest persisted state; one pass runs at a time.
[Reentrant]
public sealed partial class SmartStoreOutboxGrain : Grain, ISmartStoreOutboxGrain, IRemindable
{
    /// <summary>The reminder that exists while the outbox holds writes.</summary>
    public const string ReminderName = "smartstore-outbox";

    /// <summary>Period of <see cref="ReminderName"/>: how long a restarted silo may leave pending writes unsent.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(10);

    // After an order did not answer a report, the next attempt waits this long.
    private static readonly TimeSpan ReportRetryDelay = TimeSpan.FromSeconds(2);

    private readonly CommittedState<SmartStoreOutboxState> _state;
    private readonly ISmartStoreClient _smartStore;
    private readonly SecretProtector _protector;
    private readonly TimeProvider _time;
    private readonly ILogger<SmartStoreOutboxGrain> _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _reminderGate = new(1, 1);

    private IGrainTimer? _timer;
    private DateTimeOffset? _armedFor;
    private bool _sending;
    private bool _again;
    private bool _reminderRegistered;
    private DateTimeOffset _reportRetryAt = DateTimeOffset.MinValue;

    public SmartStoreOutboxGrain(
        [PersistentState(StorageNames.SmartStoreOutboxState, StorageNames.Main)] IPersistentState<SmartStoreOutboxState> state,
        ISmartStoreClient smartStore,
        SecretProtector protector,
        TimeProvider time,
        ILogger<SmartStoreOutboxGrain> logger)
    {
        _state = new CommittedState<SmartStoreOutboxState>(state);
        _smartStore = smartStore;
        _protector = protector;
        _time = time;
        _logger = logger;
    }

    private string SellerId => SellerKey.SellerIdOf(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _reminderRegistered = await this.GetReminder(ReminderName) is not null;
        await SyncReminderAsync();

        // In-flight items from before (a crash, a restart) are due: the first pass reads them back.
        Arm();
    }

    public async Task EnqueueAsync(SmartStoreWriteRequest request)
    {
        OutboxQueue.Validate(request);
        var changed = false;
        await MutateAsync(state =>
        {
            (var next, changed) = OutboxQueue.Enqueue(state, request, _time.GetUtcNow());
            return next;
        });
        if (!changed)
        {
            return;
        }

        LogEnqueued(_logger, SellerId, request.ProductOrderId, request.Kind);
        await SyncReminderAsync();
        if (_sending)
        {
            _again = true;
        }
        else
        {
            Arm(gather: true);
        }
    }

    public Task<ImmutableArray<SmartStoreWriteRequest>> GetPendingAsync() =>
        Task.FromResult<ImmutableArray<SmartStoreWriteRequest>>([.. _state.Value.Items.Where(i => !i.Done).Select(i => i.Request)]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }

        await SyncReminderAsync();
        if (!_sending)
        {
            Arm();
        }
    }

    /// <summary>Runs passes until nothing new arrived during the last one, then arms the timer for the next due item.</summary>
    private async Task RunAsync()
    {
        if (_sending)
        {
            _again = true;
            return;
        }

        _sending = true;
        try
        {
            do
            {
                _again = false;
                await PassAsync();
            }
            while (_again);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing is lost: what was not persisted is still queued (or in flight, and read back next time).
            LogPassFailed(_logger, e, SellerId);
            _reportRetryAt = _time.GetUtcNow() + ReportRetryDelay;
        }
        finally
        {
            _sending = false;
        }

        await SyncReminderAsync();
        Arm();
    }

    private async Task PassAsync()
    {
        await ReportAsync();
        var now = _time.GetUtcNow();
        var readBacks = OutboxQueue.DueReadBacks(_state.Value.Items, now);
        var sends = OutboxQueue.DueSends(_state.Value.Items, now);
        if (readBacks.IsEmpty && sends.IsEmpty)
        {
            return;
        }

        var (credentials, problem) = await CredentialsAsync();
        if (credentials is null)
        {
            var (code, message) = problem!.Value;
            await MutateAsync(state => OutboxQueue.Update(
                state, OutboxAnswers.WithoutCredentials(state.Items, readBacks, sends, code, message, now, Random.Shared.NextDouble)));
            await ReportAsync();
            return;
        }

        var caller = SmartStoreCaller.Background(SellerId);
        if (!readBacks.IsEmpty)
        {
            await ReadBackAsync(credentials, caller, readBacks);
            sends = OutboxQueue.DueSends(_state.Value.Items, _time.GetUtcNow());
        }

        if (!sends.IsEmpty)
        {
            // Persisted before the first byte leaves: from here on, a crash means "read back before sending again".
            // What is sent is taken from the state being saved: an enqueue during the awaits above may have replaced
            // an item's request in place.
            var sending = ImmutableArray<OutboxItem>.Empty;
            await MutateAsync(state =>
            {
                sending = [.. OutboxQueue.StillUnsent(state.Items, sends).Select(i => i with { InFlight = true })];
                return OutboxQueue.Update(state, sending);
            });
            // The answers are persisted once, together with the reports delivered: until then each sent item stays
            // in flight, so a crash before that write reads it back (never sends it again) and reports it once more,
            // which the order takes as the same outcome.
            var judged = new List<OutboxItem>(sending.Length);
            foreach (var (kind, batch) in OutboxQueue.Batches(sending))
            {
                var result = await SendAsync(credentials, caller, kind, batch);
                var answered = OutboxAnswers.Judge(OutboxQueue.Update(_state.Value, judged).Items, batch, result, _time.GetUtcNow(), Random.Shared.NextDouble);
                LogJudged(answered);
                judged.AddRange(answered);
            }

            await ReportAsync(judged);
            return;
        }

        await ReportAsync();
    }

    private async Task ReadBackAsync(SmartStoreCredentials credentials, SmartStoreCaller caller, ImmutableArray<OutboxItem> items)
    {
        var ids = items.Select(i => i.Request.ProductOrderId).Distinct(StringComparer.Ordinal).ToList();
        var read = await _smartStore.QueryProductOrdersAsync(credentials, caller, ids, CancellationToken.None);
        var updated = OutboxAnswers.ReadBack(items, read, _time.GetUtcNow(), Random.Shared.NextDouble);
        foreach (var (item, applied) in updated)
        {
            if (applied is { } found)
            {
                LogReadBack(_logger, SellerId, item.Request.ProductOrderId, item.Request.Kind, found);
            }
        }

        await MutateAsync(state => OutboxQueue.Update(state, updated.Select(u => u.Item)));
    }

    private Task<SmartStoreResult<WriteOutcome>> SendAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, SmartStoreWriteKind kind, OutboxItem[] batch)
    {
        LogSending(_logger, SellerId, kind, batch.Length);
        return kind switch
        {
            SmartStoreWriteKind.Confirm => _smartStore.ConfirmAsync(
                credentials, caller, [.. batch.Select(i => i.Request.ProductOrderId)], CancellationToken.None),
            SmartStoreWriteKind.Dispatch => _smartStore.DispatchAsync(
                credentials,
                caller,
                [.. batch.Select(i => new DispatchItem(i.Request.ProductOrderId, i.Request.Tracking!.DeliveryCompanyCode, i.Request.Tracking.TrackingNumber, i.EnqueuedAt))],
                CancellationToken.None),
            _ => _smartStore.DelayDispatchAsync(
                credentials, caller, batch[0].Request.ProductOrderId, batch[0].Request.DispatchDueDate!.Value, batch[0].Request.DelayReason!,
                batch[0].Request.DelayDetail, CancellationToken.None),
        };
    }

    private void LogJudged(IEnumerable<OutboxItem> answered)
    {
        foreach (var next in answered)
        {
            var request = next.Request;
            if (next.Done && next.Report is { Succeeded: false } refusal)
            {
                LogRefused(_logger, SellerId, request.ProductOrderId, request.Kind, refusal.ErrorCode, refusal.ErrorMessage, refusal.TraceId);
            }
            else if (!next.Done)
            {
                LogWillRetry(_logger, SellerId, request.ProductOrderId, request.Kind, next.LastErrorCode, next.Attempts, next.DueAt);
            }
        }
    }

    /// <summary>
    /// Delivers the outcomes the orders have not acknowledged, each order's in queue order (a confirm before the
    /// dispatch it unblocked), with bounded parallelism across orders; then drops what was delivered and finished.
    /// Items <paramref name="judged"/> by this pass and not yet persisted are delivered from what they are now and
    /// persisted in the same write.
    /// </summary>
    private async Task ReportAsync(IReadOnlyList<OutboxItem>? judged = null)
    {
        judged ??= [];
        var pending = OutboxQueue.Update(_state.Value, judged).Items.Where(i => i.Report is not null).ToList();
        if (pending.Count == 0 || _time.GetUtcNow() < _reportRetryAt)
        {
            await MutateAsync(state => OutboxQueue.Update(state, judged));
            return;
        }

        var byOrder = pending.GroupBy(i => i.Request.ProductOrderId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var results = await OrderFanout.RunAsync(GrainFactory, [.. byOrder.Keys], async (order, id) =>
        {
            var delivered = new List<(string Id, SmartStoreWriteResult Report)>();
            foreach (var item in byOrder[id])
            {
                try
                {
                    var recorded = await order.RecordSmartStoreWriteAsync(item.Report!);
                    if (recorded.Error is { } refused)
                    {
                        // The order cannot take it (not placed, manual, gone): nothing later would change that.
                        LogReportRefused(_logger, SellerId, id, item.Request.Kind, refused.Code, refused.Message);
                    }

                    delivered.Add((item.Id, item.Report!));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    LogReportFailed(_logger, e, SellerId, id, item.Request.Kind);
                    return (Delivered: delivered, Failed: true);
                }
            }

            return (Delivered: delivered, Failed: false);
        });

        var done = results.SelectMany(r => r.Result.Delivered).ToList();
        if (results.Any(r => r.Result.Failed))
        {
            _reportRetryAt = _time.GetUtcNow() + ReportRetryDelay;
        }

        await MutateAsync(state => done.Aggregate(OutboxQueue.Update(state, judged), (current, report) => OutboxQueue.Reported(current, report.Id, report.Report)));
    }

    private async Task<(SmartStoreCredentials? Credentials, (string Code, string Message)? Problem)> CredentialsAsync()
    {
        var access = await GrainFactory.GetGrain<ISellerAccessGrain>(this.GetPrimaryKeyString()).GetAccessAsync();
        if (access.Account is not { } stored)
        {
            return (null, (SellerCredentialProblems.NotRegisteredCode, "스마트스토어 계정이 등록되어 있지 않아요."));
        }

        try
        {
            return (stored.ToCredentials(_protector, SellerId), null);
        }
        catch (CryptographicException e)
        {
            LogSecretUnreadable(_logger, e, SellerId);
            return (null, (SellerCredentialProblems.SecretUnreadableCode, SellerCredentialProblems.SecretUnreadableMessage));
        }
    }

    private async Task MutateAsync(Func<SmartStoreOutboxState, SmartStoreOutboxState> change)
    {
        await _writeGate.WaitAsync();
        try
        {
            var current = _state.Value;
            var next = change(current);
            if (!ReferenceEquals(next, current))
            {
                await _state.SaveAsync(next);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ArgumentException)
        {
            // The previous state is still in place; a fresh activation reloads whatever storage holds.
            LogSaveFailed(_logger, e, SellerId);
            DeactivateOnIdle();
            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Registers the reminder while writes are pending and removes it once none is left.</summary>
    /// <remarks>
    /// One sync at a time, each deciding from the state once it runs: otherwise an enqueue could see the reminder
    /// still registered (and skip registering) while a sync that found the queue empty was removing it.
    /// </remarks>
    private async Task SyncReminderAsync()
    {
        await _reminderGate.WaitAsync();
        try
        {
            var wanted = !_state.Value.Items.IsEmpty;
            if (wanted && !_reminderRegistered)
            {
                await this.RegisterOrUpdateReminder(ReminderName, ReminderPeriod, ReminderPeriod);
                _reminderRegistered = true;
            }
            else if (!wanted && _reminderRegistered && await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
                _reminderRegistered = false;
            }
            else if (!wanted)
            {
                _reminderRegistered = false;
            }
        }
        finally
        {
            _reminderGate.Release();
        }
    }

    /// <summary>
    /// Arms the one-shot timer as <see cref="OutboxTimer.Plan"/> says: for the next thing due, stopped when nothing
    /// is, and with <paramref name="gather"/> (a new write) kept when a pass is armed soon.
    /// </summary>
    private void Arm(bool gather = false)
    {
        var now = _time.GetUtcNow();
        var plan = OutboxTimer.Plan(_state.Value.Items, now, _reportRetryAt, _armedFor, gather);
        if (plan.Keep)
        {
            return;
        }

        if (plan.Delay is not { } delay)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _armedFor = null;
            return;
        }

        _armedFor = now + delay;
        if (_timer is null)
        {
            _timer = this.RegisterGrainTimer(_ => RunAsync(), new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { Interleave = true });
        }
        else
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} outbox: {Kind} of {ProductOrderId} enqueued")]
    private static partial void LogEnqueued(ILogger logger, string sellerId, string productOrderId, SmartStoreWriteKind kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seller {SellerId} outbox: sending {Kind} for {Count} product orders")]
    private static partial void LogSending(ILogger logger, string sellerId, SmartStoreWriteKind kind, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} outbox: {Kind} of {ProductOrderId} read back, applied: {Applied}")]
    private static partial void LogReadBack(ILogger logger, string sellerId, string productOrderId, SmartStoreWriteKind kind, bool applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} outbox: {Kind} of {ProductOrderId} failed with {ErrorCode} (attempt {Attempts}); retrying at {DueAt}")]
    private static partial void LogWillRetry(ILogger logger, string sellerId, string productOrderId, SmartStoreWriteKind kind, string? errorCode, int attempts, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} outbox: SmartStore refused {Kind} of {ProductOrderId}: {ErrorCode} {ErrorMessage} (trace {TraceId})")]
    private static partial void LogRefused(ILogger logger, string sellerId, string productOrderId, SmartStoreWriteKind kind, string? errorCode, string? errorMessage, string? traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} outbox: order {ProductOrderId} did not take the {Kind} outcome: {Reason} {ReasonMessage}")]
    private static partial void LogReportRefused(ILogger logger, string sellerId, string productOrderId, SmartStoreWriteKind kind, Interfaces.Orders.TransitionErrorCode reason, string reasonMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId} outbox: reporting {Kind} of {ProductOrderId} to its order failed; retried")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string sellerId, string productOrderId, SmartStoreWriteKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seller {SellerId} outbox: a pass failed; what it did not persist is retried")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string sellerId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seller {SellerId} outbox: saving the queue failed; the grain deactivates to reload it")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string sellerId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seller {SellerId} outbox: the stored SmartStore secret cannot be decrypted")]
    private static partial void LogSecretUnreadable(ILogger logger, Exception exception, string sellerId);
}
