using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartStore.Internal;
using SmartStore.Models;

namespace SmartStore;

/// <summary>
/// The Naver Commerce API client: windows and pages reads, batches writes, renews tokens, and reads back writes
/// whose outcome is unknown before sending them again.
/// </summary>
internal sealed class SmartStoreClient(
    SmartStoreTransport transport,
    TokenCache tokens,
    IOptions<SmartStoreOptions> options,
    ILogger<SmartStoreClient> logger) : ISmartStoreClient
{
    private const string OrdersPath = "v1/pay-order/seller/product-orders";
    private const int MaxPageSize = 300;
    private const int MaxQueryBatch = 300;
    private const int MaxWriteBatch = 30;

    public async Task<SmartStoreResult<TokenGrant>> VerifyAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, CancellationToken cancellationToken)
    {
        if (!TryResolve(credentials, out var application, out var error))
        {
            return SmartStoreResult<TokenGrant>.Failure(error);
        }

        var token = await tokens.GetAsync(application, caller, forceNew: true, cancellationToken);
        return token.IsSuccess
            ? SmartStoreResult<TokenGrant>.Success(TokenCache.ToGrant(token.Value), token.TraceId)
            : SmartStoreResult<TokenGrant>.Failure(token.Error);
    }

    public async Task<SmartStoreResult<ChangedStatuses>> GetLastChangedStatusesAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        if (!TryResolve(credentials, out var application, out var error))
        {
            return SmartStoreResult<ChangedStatuses>.Failure(error);
        }

        // Ascending order means a later page or window always holds the newer change of a product order.
        var latest = new Dictionary<string, LastChangedStatus>();
        string? traceId = null;
        DateTimeOffset? serverTime = null;
        foreach (var window in KstTime.Windows(from, to))
        {
            var windowTo = KstTime.ForQuery(window.To);
            var pageFrom = KstTime.ForQuery(window.From);
            string? sequence = null;
            while (true)
            {
                var query = $"{OrdersPath}/last-changed-statuses?lastChangedFrom={pageFrom}&lastChangedTo={windowTo}&limitCount={MaxPageSize}"
                    + (sequence is null ? string.Empty : $"&moreSequence={Uri.EscapeDataString(sequence)}");
                var page = await CallAsync(application, caller, SmartStoreApi.LastChangedStatuses, () => new HttpRequestMessage(HttpMethod.Get, query), write: false,
                    root => (Page: ResponseParser.ParseChangedStatuses(root), ServerTime: ResponseParser.ParseServerTime(root)), cancellationToken);
                if (!page.IsSuccess)
                {
                    return SmartStoreResult<ChangedStatuses>.Failure(page.Error);
                }

                traceId = page.TraceId;
                if (page.Value.ServerTime is { } answeredAt && (serverTime is null || answeredAt > serverTime))
                {
                    serverTime = answeredAt;
                }

                foreach (var item in page.Value.Page.Items)
                {
                    latest[item.ProductOrderId] = item;
                }

                if (page.Value.Page.More is not { } more)
                {
                    break;
                }

                var nextFrom = Uri.EscapeDataString(more.From);
                if (nextFrom == pageFrom && more.Sequence == sequence)
                {
                    return SmartStoreResult<ChangedStatuses>.Failure(new SmartStoreError(
                        200, SmartStoreErrorCodes.PagingStuck, "last-changed-statuses returned the same 'more' twice", page.TraceId));
                }

                (pageFrom, sequence) = (nextFrom, more.Sequence);
            }
        }

        var changes = latest.Values.OrderBy(c => c.LastChangedDate).ThenBy(c => c.ProductOrderId, StringComparer.Ordinal).ToImmutableArray();
        return SmartStoreResult<ChangedStatuses>.Success(new ChangedStatuses(changes, to, serverTime), traceId);
    }

    public async Task<SmartStoreResult<ImmutableArray<ProductOrder>>> ListNewProductOrdersAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        if (!TryResolve(credentials, out var application, out var error))
        {
            return SmartStoreResult<ImmutableArray<ProductOrder>>.Failure(error);
        }

        // Windows share their boundary instant (both ends are inclusive), so an order can appear twice.
        var orders = new Dictionary<string, ProductOrder>();
        string? traceId = null;
        foreach (var window in KstTime.Windows(from, to))
        {
            for (var pageNumber = 1; ; pageNumber++)
            {
                var query = $"{OrdersPath}?from={KstTime.ForQuery(window.From)}&to={KstTime.ForQuery(window.To)}"
                    + $"&rangeType=PAYED_DATETIME&productOrderStatuses=PAYED&placeOrderStatusType=NOT_YET&pageSize={MaxPageSize}&page={pageNumber}";
                var page = await CallAsync(application, caller, SmartStoreApi.ProductOrders, () => new HttpRequestMessage(HttpMethod.Get, query), write: false,
                    ResponseParser.ParseConditionsPage, cancellationToken);
                if (!page.IsSuccess)
                {
                    return SmartStoreResult<ImmutableArray<ProductOrder>>.Failure(page.Error);
                }

                traceId = page.TraceId;
                foreach (var order in page.Value.Orders)
                {
                    orders.TryAdd(order.ProductOrderId, order);
                }

                if (!page.Value.HasNext)
                {
                    break;
                }
            }
        }

        return SmartStoreResult<ImmutableArray<ProductOrder>>.Success([.. orders.Values], traceId);
    }

    public async Task<SmartStoreResult<ProductOrderQueryResult>> QueryProductOrdersAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, IReadOnlyCollection<string> productOrderIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productOrderIds);
        return TryResolve(credentials, out var application, out var error)
            ? await QueryAsync(application, caller, productOrderIds, cancellationToken)
            : SmartStoreResult<ProductOrderQueryResult>.Failure(error);
    }

    public async Task<SmartStoreResult<WriteOutcome>> ConfirmAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, IReadOnlyCollection<string> productOrderIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productOrderIds);
        var write = new BatchWrite<string>(
            SmartStoreApi.Confirm,
            _ => $"{OrdersPath}/confirm",
            id => id,
            batch => new { productOrderIds = batch },
            root =>
            {
                var (succeeded, addressChanged, failed) = ResponseParser.ParseConfirm(root);
                return (succeeded, failed, addressChanged);
            },
            (order, _) => order.PlaceOrderStatus == PlaceOrderStatuses.Ok);
        return await WriteAsync(credentials, caller, productOrderIds.Distinct(StringComparer.Ordinal).ToList(), write, cancellationToken);
    }

    public async Task<SmartStoreResult<WriteOutcome>> DispatchAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, IReadOnlyCollection<DispatchItem> items,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var write = new BatchWrite<DispatchItem>(
            SmartStoreApi.Dispatch,
            _ => $"{OrdersPath}/dispatch",
            item => item.ProductOrderId,
            batch => new
            {
                dispatchProductOrders = batch.Select(item => new
                {
                    productOrderId = item.ProductOrderId,
                    deliveryMethod = item.DeliveryMethod,
                    deliveryCompanyCode = item.DeliveryCompanyCode,
                    trackingNumber = item.TrackingNumber,
                    dispatchDate = KstTime.Format(item.DispatchDate),
                }),
            },
            root =>
            {
                var (succeeded, failed) = ResponseParser.ParseDispatch(root);
                return (succeeded, failed, []);
            },
            (order, item) => order.ProductOrderStatus is ProductOrderStatuses.Delivering or ProductOrderStatuses.Delivered or ProductOrderStatuses.PurchaseDecided
                && order.Delivery?.TrackingNumber == item.TrackingNumber);
        var distinct = items.DistinctBy(item => item.ProductOrderId, StringComparer.Ordinal).ToList();
        return await WriteAsync(credentials, caller, distinct, write, cancellationToken);
    }

    public async Task<SmartStoreResult<WriteOutcome>> DelayDispatchAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, string productOrderId, DateTimeOffset dispatchDueDate, string reason, string? detail,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productOrderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);

        // Naver keeps milliseconds, so the read-back compares the due date as it was sent.
        var dueDate = KstTime.Truncate(dispatchDueDate);
        var write = new BatchWrite<string>(
            SmartStoreApi.DelayDispatch,
            batch => $"{OrdersPath}/{Uri.EscapeDataString(batch[0])}/delay",
            id => id,
            _ => new
            {
                dispatchDueDate = KstTime.Format(dueDate),
                delayedDispatchReason = reason,
                dispatchDelayedDetailedReason = detail ?? string.Empty,
            },
            root =>
            {
                var (succeeded, failed) = ResponseParser.ParseDispatch(root);
                return (succeeded, failed, []);
            },
            (order, _) => order.ShippingDueDate == dueDate && order.DelayedDispatchReason == reason);

        // The endpoint takes one product order, so this is a batch of one.
        return await WriteAsync(credentials, caller, [productOrderId], write, cancellationToken);
    }

    private async Task<SmartStoreResult<ProductOrderQueryResult>> QueryAsync(
        ResolvedApplication application, SmartStoreCaller caller, IReadOnlyCollection<string> productOrderIds, CancellationToken cancellationToken)
    {
        var requested = productOrderIds.Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, ProductOrder>(StringComparer.Ordinal);
        string? traceId = null;
        foreach (var batch in requested.Chunk(MaxQueryBatch))
        {
            var body = JsonSerializer.Serialize(new { productOrderIds = batch });
            var page = await CallAsync(application, caller, SmartStoreApi.Query, () => JsonPost($"{OrdersPath}/query", body), write: false,
                ResponseParser.ParseQuery, cancellationToken);
            if (!page.IsSuccess)
            {
                return SmartStoreResult<ProductOrderQueryResult>.Failure(page.Error);
            }

            traceId = page.TraceId;
            foreach (var order in page.Value)
            {
                found[order.ProductOrderId] = order;
            }
        }

        var orders = requested.Where(found.ContainsKey).Select(id => found[id]).ToImmutableArray();
        var missing = requested.Where(id => !found.ContainsKey(id)).ToImmutableArray();
        return SmartStoreResult<ProductOrderQueryResult>.Success(new ProductOrderQueryResult(orders, missing), traceId);
    }

    private async Task<SmartStoreResult<WriteOutcome>> WriteAsync<TItem>(
        SmartStoreCredentials credentials, SmartStoreCaller caller, List<TItem> items, BatchWrite<TItem> write, CancellationToken cancellationToken)
    {
        if (!TryResolve(credentials, out var application, out var error))
        {
            return SmartStoreResult<WriteOutcome>.Failure(error);
        }

        var succeeded = new List<string>();
        var failed = new List<ProductOrderFailure>();
        var addressChanged = new List<string>();
        SmartStoreError? firstBatchError = null;
        var batchErrorsOnly = true;
        string? traceId = null;
        foreach (var batch in items.Chunk(MaxWriteBatch))
        {
            var outcome = await WriteBatchAsync(application, caller, [.. batch], write, cancellationToken);
            traceId = outcome.TraceId ?? traceId;
            succeeded.AddRange(outcome.Succeeded);
            failed.AddRange(outcome.Failed);
            addressChanged.AddRange(outcome.AddressChanged);
            firstBatchError ??= outcome.BatchError;
            batchErrorsOnly &= outcome.BatchError is not null && outcome.Succeeded.Count == 0;
        }

        // When no item got through and every batch failed as a whole, the call itself failed (e.g. 429 or GW.AUTHN).
        if (items.Count > 0 && batchErrorsOnly && firstBatchError is not null)
        {
            return SmartStoreResult<WriteOutcome>.Failure(firstBatchError);
        }

        return SmartStoreResult<WriteOutcome>.Success(new WriteOutcome([.. succeeded], [.. failed], [.. addressChanged]), traceId);
    }

    private async Task<BatchOutcome> WriteBatchAsync<TItem>(
        ResolvedApplication application, SmartStoreCaller caller, List<TItem> batch, BatchWrite<TItem> write, CancellationToken cancellationToken)
    {
        var outcome = new BatchOutcome();
        var pending = batch.ToDictionary(write.IdOf, StringComparer.Ordinal);
        SmartStoreError? lastError = null;
        for (var attempt = 1; attempt <= options.Value.MaxWriteAttempts && pending.Count > 0; attempt++)
        {
            var body = JsonSerializer.Serialize(write.Body([.. pending.Values]));
            var path = write.Path([.. pending.Values]);
            var response = await CallAsync(application, caller, write.Api, () => JsonPost(path, body), write: true,
                write.Parse,
                cancellationToken);
            outcome.TraceId = response.TraceId ?? outcome.TraceId;
            if (response.IsSuccess)
            {
                var (ok, failures, changed) = response.Value;
                foreach (var id in ok.Where(pending.Remove))
                {
                    outcome.Succeeded.Add(id);
                }

                foreach (var failure in failures.Where(f => pending.Remove(f.ProductOrderId)))
                {
                    outcome.Failed.Add(failure);
                }

                outcome.AddressChanged.AddRange(changed);
                if (pending.Count == 0)
                {
                    break;
                }

                // Ids the response did not mention at all are as unknown as a lost response.
                lastError = new SmartStoreError(200, SmartStoreErrorCodes.OutcomeUnknown, "The response did not mention every product order", response.TraceId);
            }
            else if (!response.Error.IsOutcomeUnknown)
            {
                outcome.BatchError = response.Error;
                FailAll(outcome, pending, response.Error.Code, response.Error.Message);
                return outcome;
            }
            else
            {
                lastError = response.Error;
            }

            SmartStoreLog.WriteOutcomeUnknown(logger, write.Api, pending.Count, lastError.Code);
            var readBack = await QueryAsync(application, caller, pending.Keys, cancellationToken);
            if (!readBack.IsSuccess)
            {
                // Without knowing the current state, sending again could apply a write twice.
                outcome.BatchError = lastError;
                FailAll(outcome, pending, SmartStoreErrorCodes.OutcomeUnknown, "The outcome is unknown and could not be read back");
                return outcome;
            }

            foreach (var order in readBack.Value.Orders.Where(o => write.IsApplied(o, pending[o.ProductOrderId])))
            {
                pending.Remove(order.ProductOrderId);
                outcome.Succeeded.Add(order.ProductOrderId);
            }
        }

        if (pending.Count > 0)
        {
            outcome.BatchError = lastError;
            FailAll(outcome, pending, lastError?.Code ?? SmartStoreErrorCodes.OutcomeUnknown, lastError?.Message ?? "Not applied");
        }

        return outcome;
    }

    private static void FailAll<TItem>(BatchOutcome outcome, Dictionary<string, TItem> pending, string code, string message)
    {
        outcome.Failed.AddRange(pending.Keys.Select(id => new ProductOrderFailure(id, code, message)));
        pending.Clear();
    }

    /// <summary>
    /// Calls one API with a cached token, renewing it once after <c>401 GW.AUTHN</c>, and parses the body; a
    /// parse failure becomes a <see cref="SmartStoreErrorCodes.MalformedResponse"/> error.
    /// </summary>
    private async Task<SmartStoreResult<T>> CallAsync<T>(
        ResolvedApplication application, SmartStoreCaller caller, SmartStoreApi api, Func<HttpRequestMessage> createRequest, bool write,
        Func<JsonElement, T> parse, CancellationToken cancellationToken)
    {
        var ticket = new GovernorTicket(application.ClientId, application.Shared, api, caller);
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAsync(application, caller, forceNew: false, cancellationToken);
            if (!token.IsSuccess)
            {
                return SmartStoreResult<T>.Failure(token.Error);
            }

            var response = await transport.SendAsync(ticket, createRequest, token.Value.AccessToken, write, cancellationToken);
            if (!response.IsSuccess)
            {
                if (attempt == 0 && response.Error.HttpStatus == 401 && response.Error.Code == SmartStoreErrorCodes.GatewayAuthentication)
                {
                    SmartStoreLog.TokenRejected(logger, application.ClientId, application.AccountId, response.Error.TraceId);
                    tokens.Invalidate(application, token.Value);
                    continue;
                }

                return SmartStoreResult<T>.Failure(response.Error);
            }

            try
            {
                return SmartStoreResult<T>.Success(parse(response.Value), response.TraceId);
            }
            catch (Exception ex) when (ex is MalformedResponseException or InvalidOperationException or FormatException or OverflowException)
            {
                return transport.Malformed<T>(ticket, 200, ex.Message, response.TraceId);
            }
        }
    }

    private bool TryResolve(SmartStoreCredentials credentials, out ResolvedApplication application, out SmartStoreError error)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        error = null!;
        if (credentials.IsOwnApplication)
        {
            application = new ResolvedApplication(credentials.ClientId!, credentials.ClientSecret!, "SELF", null, Shared: false);
            return true;
        }

        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.ClientId) || string.IsNullOrWhiteSpace(settings.ClientSecret))
        {
            application = null!;
            error = new SmartStoreError(0, SmartStoreErrorCodes.NotConfigured, "SmartStore:ClientId and SmartStore:ClientSecret are not configured", null);
            return false;
        }

        application = new ResolvedApplication(settings.ClientId, settings.ClientSecret, "SELLER", credentials.AccountId, Shared: true);
        return true;
    }

    private static HttpRequestMessage JsonPost(string path, string body) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed record BatchWrite<TItem>(
        SmartStoreApi Api,
        Func<List<TItem>, string> Path,
        Func<TItem, string> IdOf,
        Func<List<TItem>, object> Body,
        Func<JsonElement, (List<string> Succeeded, List<ProductOrderFailure> Failed, List<string> AddressChanged)> Parse,
        Func<ProductOrder, TItem, bool> IsApplied);

    private sealed class BatchOutcome
    {
        public List<string> Succeeded { get; } = [];

        public List<ProductOrderFailure> Failed { get; } = [];

        public List<string> AddressChanged { get; } = [];

        public SmartStoreError? BatchError { get; set; }

        public string? TraceId { get; set; }
    }
}
