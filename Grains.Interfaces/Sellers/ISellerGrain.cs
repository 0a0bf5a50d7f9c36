using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Orleans.Concurrency;

namespace Grains.Interfaces.Sellers;

/// <summary>
/// One OnChannel seller account: SmartStore access, automation settings, sale applications, remembered options, the
/// collection checkpoint and sync history, and the reminder that drives automatic collection. Keyed by
/// <see cref="SellerKey.For(string)"/>, never by the raw seller id.
/// </summary>
/// <remarks>
/// The getters interleave: a collection can wait on SmartStore's rate limits for a while, and the dashboard must still
/// read the seller meanwhile. They only read immutable values that the grain replaces, never edits.
/// </remarks>
[Alias("onch.ISellerGrain")]
public interface ISellerGrain : IGrainWithStringKey
{
    /// <summary>Returns the seller's automation settings.</summary>
    [Alias("GetSettings"), AlwaysInterleave]
    Task<SellerSettings> GetSettingsAsync();

    /// <summary>
    /// Saves the automation settings. Auto ordering needs auto collection: turning collection off turns ordering
    /// off as well, and ordering on alone is refused. Turning collection on registers the collection reminder;
    /// turning it off removes it.
    /// </summary>
    [Alias("UpdateSettings")]
    Task<SettingsChange> UpdateSettingsAsync(SellerSettings requested);

    /// <summary>
    /// 스마트스토어 계정 등록 in either mode. The credentials are verified by issuing a token before they are saved;
    /// the client secret is stored encrypted and never returned.
    /// </summary>
    [Alias("RegisterSmartStore")]
    Task<SmartStoreRegistrationResult> RegisterSmartStoreAsync(SmartStoreRegistration registration);

    /// <summary>Returns the verified SmartStore registration (without secret), or null when there is none.</summary>
    [Alias("GetSmartStoreAccount"), AlwaysInterleave]
    Task<SmartStoreAccount?> GetSmartStoreAccountAsync();

    /// <summary>
    /// 주문 가져오기: collects every 신규주문(발주 전) paid within the collection window now, and returns the summary.
    /// Idempotent: orders collected before are counted as already known and left as they are.
    /// </summary>
    /// <remarks>
    /// Interleaves: it only hands the run to the seller's <see cref="ISellerCollectionGrain"/>, so the seller keeps
    /// answering its other commands while the run waits on SmartStore.
    /// </remarks>
    [Alias("Collect"), AlwaysInterleave]
    Task<CollectionRun> CollectAsync();

    /// <summary>Returns the collection checkpoint, owed orders and the history of collection runs.</summary>
    [Alias("GetSyncHistory"), AlwaysInterleave]
    Task<SyncHistory> GetSyncHistoryAsync();

    /// <summary>판매 신청 for the chosen products; the seller's orders using them are validated again.</summary>
    [Alias("ApplyForSale")]
    Task<SaleApplicationResult> ApplyForSaleAsync(ImmutableArray<string> productCodes);

    /// <summary>
    /// 전체 판매신청: applies for every product that blocks one of the seller's collected orders with
    /// 판매 신청 미 등록 오류, then validates those orders again.
    /// </summary>
    [Alias("ApplyForSaleAll")]
    Task<SaleApplicationResult> ApplyForSaleAllAsync();

    /// <summary>Returns the product codes the seller has applied to sell, in order.</summary>
    [Alias("GetSaleApplications"), AlwaysInterleave]
    Task<ImmutableArray<string>> GetSaleApplicationsAsync();

    /// <summary>
    /// 옵션 수정: picks the catalog option of one of the seller's orders and remembers the choice for that product
    /// and option text, so that the seller's other and later orders with the same text resolve by themselves.
    /// </summary>
    [Alias("ChooseOption")]
    Task<OrderCommandResult> ChooseOptionAsync(string productOrderId, string optionId);

    /// <summary>What an order grain needs from its seller to validate itself.</summary>
    /// <remarks>
    /// Interleaves: the seller awaits its order grains while collecting or re-validating, and they ask this back. It
    /// only reads state that is replaced whole after being persisted.
    /// </remarks>
    [Alias("GetOrderContext"), AlwaysInterleave]
    Task<SellerOrderContext> GetOrderContextAsync(string productCode, string optionText);

    /// <summary>
    /// <see cref="GetOrderContextAsync"/> for many products and option texts at once (a collection run reads them once
    /// for all its orders); the answers are in the order of <paramref name="keys"/>.
    /// </summary>
    /// <remarks>Interleaves, as <see cref="GetOrderContextAsync"/> does, and answers from one persisted state.</remarks>
    [Alias("GetOrderContexts"), AlwaysInterleave]
    Task<ImmutableArray<SellerOrderContext>> GetOrderContextsAsync(ImmutableArray<OrderContextKey> keys);

    /// <summary>발주하기: places the chosen orders in the order given, through the seller's <see cref="ISellerOrderingGrain"/>.</summary>
    /// <remarks>
    /// Up to 200 orders, placed about 8 at a time, behind any request of the same seller still running: in a burst of
    /// many sellers that takes longer than Orleans' default 30 s response timeout, hence the longer one.
    /// </remarks>
    [Alias("PlaceOrders"), AlwaysInterleave, ResponseTimeout(PlacingTimeouts.Request)]
    Task<ImmutableArray<PlaceOutcome>> PlaceOrdersAsync(ImmutableArray<string> productOrderIds);

    /// <summary>개별 주문, idempotent by its request id.</summary>
    [Alias("PlaceManualOrder"), AlwaysInterleave]
    Task<PlaceOutcome> PlaceManualOrderAsync(ManualOrder order);

    /// <summary>When 자동 발주 is on, lets the seller's ordering place what the policy allows (after a collection or a top-up).</summary>
    [Alias("ResumeAutoOrdering"), OneWay]
    Task ResumeAutoOrderingAsync();

    /// <summary>
    /// Keeps orders whose re-validation failed elsewhere (a collection run's second look after facts changed) in this
    /// seller's re-validation backlog, retried until each is validated.
    /// </summary>
    /// <remarks>
    /// One-way: the collection grain calls it in the middle of a run, and this grain may itself be waiting on the
    /// collection grain (a new registration starting its collection over); a waiting call would deadlock the pair.
    /// </remarks>
    [Alias("KeepForRevalidation"), OneWay]
    Task KeepForRevalidationAsync(ImmutableArray<string> productOrderIds);

    /// <summary>The auto-order policy (cancellation buffer, cost cap, excluded products).</summary>
    [Alias("GetAutoOrderPolicy"), AlwaysInterleave]
    Task<AutoOrderPolicy> GetAutoOrderPolicyAsync();

    /// <summary>Saves the auto-order policy after checking it.</summary>
    [Alias("UpdateAutoOrderPolicy")]
    Task<AutoOrderPolicyChange> UpdateAutoOrderPolicyAsync(AutoOrderPolicy policy);
}
