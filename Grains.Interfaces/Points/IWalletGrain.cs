using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Grains.Interfaces.Points;

/// <summary>
/// One seller's prepaid points, keyed like the seller (<see cref="Sellers.SellerKey.For(string)"/>). Every movement
/// is a ledger entry unique per (seller, kind, reference), so a retried top-up, charge or refund is applied once.
/// </summary>
[Alias("onch.IWalletGrain")]
public interface IWalletGrain : IGrainWithStringKey
{
    /// <summary>An operator top-up of <paramref name="amount"/> (&gt; 0), idempotent by <paramref name="requestId"/>.</summary>
    [Alias("TopUp")]
    Task<PointPosting> TopUpAsync(string requestId, long amount, string? memo);

    /// <summary>Pays <paramref name="amount"/> for an order, once per product order; refused when the balance is short.</summary>
    [Alias("Charge")]
    Task<PointPosting> ChargeAsync(string productOrderId, long amount);

    /// <summary>Gives back <paramref name="amount"/> paid for an order, once per product order.</summary>
    [Alias("Refund")]
    Task<PointPosting> RefundAsync(string productOrderId, long amount, string? memo);

    /// <summary>The balance.</summary>
    [Alias("GetBalance"), AlwaysInterleave]
    Task<long> GetBalanceAsync();

    /// <summary>The ledger, newest first, before entry <paramref name="beforeId"/> when given.</summary>
    [Alias("GetLedger"), AlwaysInterleave]
    Task<ImmutableArray<PointEntry>> GetLedgerAsync(int limit, long? beforeId);
}
