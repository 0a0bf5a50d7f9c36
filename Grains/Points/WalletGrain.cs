using System.Collections.Immutable;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Grains.Orders;
using Microsoft.Extensions.Logging;

namespace Grains.Points;

/// <summary>
/// A seller's points. The ledger (PostgreSQL) is the truth and makes every posting atomic and unique; this grain
/// checks amounts, serializes one seller's postings, announces balance changes and, after a top-up, lets 자동 발주 place
/// the orders that were waiting for points.
/// </summary>
public sealed partial class WalletGrain : Grain, IWalletGrain
{
    /// <summary>The largest single posting accepted (₩10,000,000,000), far above any real order or top-up.</summary>
    public const long MaxAmount = 10_000_000_000;

    private readonly IPointLedger _ledger;
    private readonly IOrderEvents _events;
    private readonly ILogger<WalletGrain> _logger;

    public WalletGrain(IPointLedger ledger, IOrderEvents events, ILogger<WalletGrain> logger)
    {
        _ledger = ledger;
        _events = events;
        _logger = logger;
    }

    private string SellerId => SellerKey.SellerIdOf(this.GetPrimaryKeyString());

    public async Task<PointPosting> TopUpAsync(string requestId, long amount, string? memo)
    {
        CheckReference(requestId);
        CheckAmount(amount);
        var posting = await PostAsync(PointEntryKind.TopUp, requestId, amount, null, memo, allowNegative: false);
        if (posting.Outcome == PostingOutcome.Posted)
        {
            LogToppedUp(_logger, SellerId, amount, posting.Balance);

            // One-way: orders parked as 포인트 부족 are placed by the seller, oldest first, when 자동 발주 is on.
            await GrainFactory.GetSeller(SellerId).ResumeAutoOrderingAsync();
        }

        return posting;
    }

    public Task<PointPosting> ChargeAsync(string productOrderId, long amount)
    {
        CheckReference(productOrderId);
        CheckAmount(amount);
        return PostAsync(PointEntryKind.Charge, productOrderId, -amount, productOrderId, null, allowNegative: false);
    }

    public Task<PointPosting> RefundAsync(string productOrderId, long amount, string? memo)
    {
        CheckReference(productOrderId);
        CheckAmount(amount);
        return PostAsync(PointEntryKind.Refund, productOrderId, amount, productOrderId, memo, allowNegative: true);
    }

    public Task<long> GetBalanceAsync() => _ledger.BalanceAsync(SellerId);

    public Task<ImmutableArray<PointEntry>> GetLedgerAsync(int limit, long? beforeId) =>
        _ledger.EntriesAsync(SellerId, Math.Clamp(limit, 1, 500), beforeId);

    private async Task<PointPosting> PostAsync(
        PointEntryKind kind, string reference, long amount, string? productOrderId, string? memo, bool allowNegative)
    {
        var posting = await _ledger.PostAsync(SellerId, kind, reference, amount, productOrderId, memo, allowNegative);
        if (posting.Outcome == PostingOutcome.Posted)
        {
            try
            {
                await _events.PointsChangedAsync(SellerId, posting.Balance);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogAnnounceFailed(_logger, e, SellerId);
            }
        }

        return posting;
    }

    private static void CheckReference(string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 128)
        {
            throw new ArgumentException("A posting needs a reference of 1 to 128 characters.", nameof(reference));
        }
    }

    private static void CheckAmount(long amount)
    {
        if (amount is <= 0 or > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"An amount must be between 1 and {MaxAmount}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} topped up {Amount} points; balance {Balance}")]
    private static partial void LogToppedUp(ILogger logger, string sellerId, long amount, long balance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing the points of seller {SellerId} failed")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string sellerId);
}
