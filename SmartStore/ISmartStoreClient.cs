using System.Collections.Immutable;
using SmartStore.Models;

namespace SmartStore;

/// <summary>
/// Typed client of the Naver Commerce API order endpoints. Every call is paced by the cluster-wide rate governor,
/// shared fairly between the seller keys passed to each method, and returns failures as <see cref="SmartStoreError"/>
/// data instead of throwing (only caller cancellation throws).
/// </summary>
public interface ISmartStoreClient
{
    /// <summary>Issues a token for <paramref name="credentials"/>, proving they work (스마트스토어 계정 등록).</summary>
    Task<SmartStoreResult<TokenGrant>> VerifyAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, CancellationToken cancellationToken);

    /// <summary>
    /// Reads <c>last-changed-statuses</c> from <paramref name="from"/> to <paramref name="to"/> (both inclusive) in
    /// windows of at most 24 hours, following <c>data.more</c> paging, deduplicated by product order id.
    /// </summary>
    Task<SmartStoreResult<ChangedStatuses>> GetLastChangedStatusesAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>
    /// Lists 신규주문(발주 전) paid between <paramref name="from"/> and <paramref name="to"/> with the conditions
    /// listing (<c>PAYED</c>, <c>placeOrderStatusType=NOT_YET</c>), in windows of at most 24 hours, all pages.
    /// A buyer's cancel request leaves the status <c>PAYED</c>, so check <see cref="Models.ProductOrder.IsNewOrder"/>.
    /// </summary>
    Task<SmartStoreResult<ImmutableArray<ProductOrder>>> ListNewProductOrdersAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>Reads product orders by id, in batches of at most 300.</summary>
    Task<SmartStoreResult<ProductOrderQueryResult>> QueryProductOrdersAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, IReadOnlyCollection<string> productOrderIds,
        CancellationToken cancellationToken);

    /// <summary>
    /// Confirms product orders (발주확인) in batches of at most 30. A batch whose outcome is unknown is read back
    /// before it is sent again, so an order is never confirmed twice.
    /// </summary>
    Task<SmartStoreResult<WriteOutcome>> ConfirmAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, IReadOnlyCollection<string> productOrderIds,
        CancellationToken cancellationToken);

    /// <summary>
    /// Dispatches product orders (발송처리) in batches of at most 30, with the same read-back rule as
    /// <see cref="ConfirmAsync"/>.
    /// </summary>
    Task<SmartStoreResult<WriteOutcome>> DispatchAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, IReadOnlyCollection<DispatchItem> items,
        CancellationToken cancellationToken);

    /// <summary>
    /// Delays the dispatch of one confirmed product order (발송 지연) to <paramref name="dispatchDueDate"/>, with a
    /// <see cref="DelayedDispatchReasons"/> value and a detail text shown to the buyer. Same read-back rule as
    /// <see cref="ConfirmAsync"/>; a per-item refusal (e.g. <c>104443</c> not confirmed, <c>104442</c> already
    /// dispatched or a claim in progress) comes back in <see cref="WriteOutcome.Failed"/>.
    /// </summary>
    Task<SmartStoreResult<WriteOutcome>> DelayDispatchAsync(
        SmartStoreCredentials credentials, SmartStoreCaller caller, string productOrderId, DateTimeOffset dispatchDueDate, string reason, string? detail,
        CancellationToken cancellationToken);
}
