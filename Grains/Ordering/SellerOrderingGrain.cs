using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Grains.Interfaces.ReadModel;
using Grains.Interfaces.Sellers;
using Grains.Orders;
using Grains.Sellers;
using Microsoft.Extensions.Logging;

namespace Grains.Ordering;

/// <summary>
/// Places one seller's orders, one request at a time. Each order's placing is the order grain's own exactly-once
/// protocol; this grain keeps the given order, stops 자동 발주 at the first order the points do not cover (oldest
/// first), and applies the policy.
/// </summary>
public sealed partial class SellerOrderingGrain : Grain, ISellerOrderingGrain
{
    /// <summary>The most orders one 발주하기 request may name.</summary>
    public const int MaxOrdersPerRequest = 500;

    private readonly IOrderReadModel _readModel;
    private readonly TimeProvider _time;
    private readonly ILogger<SellerOrderingGrain> _logger;

    public SellerOrderingGrain(IOrderReadModel readModel, TimeProvider time, ILogger<SellerOrderingGrain> logger)
    {
        _readModel = readModel;
        _time = time;
        _logger = logger;
    }

    private string SellerId => SellerKey.SellerIdOf(this.GetPrimaryKeyString());

    public async Task<ImmutableArray<PlaceOutcome>> PlaceAsync(ImmutableArray<string> productOrderIds)
    {
        var ids = (productOrderIds.IsDefault ? [] : productOrderIds).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > MaxOrdersPerRequest)
        {
            throw new ArgumentException($"At most {MaxOrdersPerRequest} orders can be placed at once.", nameof(productOrderIds));
        }

        var outcomes = new PlaceOutcome[ids.Count];
        var covered = await CoveredPrefixAsync(ids);
        for (var start = 0; start < covered; start += PlacingPlan.Parallelism)
        {
            var batch = Enumerable.Range(start, Math.Min(PlacingPlan.Parallelism, covered - start)).ToList();
            var placed = await Task.WhenAll(batch.Select(i => PlaceOneAsync(ids[i])));
            for (var j = 0; j < batch.Count; j++)
            {
                outcomes[batch[j]] = placed[j];
            }
        }

        for (var i = covered; i < ids.Count; i++)
        {
            outcomes[i] = await PlaceOneAsync(ids[i]);
        }

        return [.. outcomes];
    }

    /// <summary>
    /// How many of the first orders the balance surely covers (see <see cref="PlacingPlan.CoveredPrefix"/>); those are
    /// placed together, the rest one by one in the given order.
    /// </summary>
    /// <remarks>
    /// Placing the covered prefix at once answers what placing it one by one would: each of its orders is charged in
    /// full before the wallet looks at the next, and the balance covers them all, so none is refused for points. Only
    /// a spend elsewhere meanwhile (a placing interrupted earlier being finished by its order, a price raised since the
    /// order last answered) can make the balance fall short; then some orders of the prefix answer 포인트 부족, which
    /// placing in order would also answer for orders of the request, the later ones. Nothing is charged twice or
    /// without its order either way: that is each order's own protocol. A failed look-up places everything in order.
    /// </remarks>
    private async Task<int> CoveredPrefixAsync(List<string> ids)
    {
        if (ids.Count < 2)
        {
            return 0;
        }

        try
        {
            var balance = GrainFactory.GetGrain<IWalletGrain>(SellerKey.For(SellerId)).GetBalanceAsync();
            var orders = await OrderFanout.RunAsync(GrainFactory, ids, (order, _) => order.GetAsync());
            return PlacingPlan.CoveredPrefix([.. orders.Select(o => o.Error is null ? o.Result : null)], await balance);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogPlanFailed(_logger, e, SellerId);
            return 0;
        }
    }

    public async Task<PlaceOutcome> PlaceManualAsync(ManualOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (AutoOrderRules.ManualOrderProblem(order) is { } problem)
        {
            return new PlaceOutcome(order.RequestId ?? string.Empty, false, null, null, new TransitionError(TransitionErrorCode.InvalidInput, problem), null);
        }

        var manual = GrainFactory.GetGrain<IOrderGrain>(OrderKey.ForManual(SellerId, order.RequestId));
        if (order.FromProductOrderId is not { } from)
        {
            return await manual.CreateManualAsync(SellerId, order);
        }

        // The collected order is marked first (주문 건 중복), so that it can never be placed besides its 개별 주문; this
        // grain places one request at a time, so no 발주하기 of it runs in between. A crash after the mark leaves it
        // marked for this request id, which a retry of the same request goes on from.
        var source = GrainFactory.GetGrain<IOrderGrain>(OrderKey.For(from));
        var replaced = await source.ReplaceByManualAsync(SellerId, order.RequestId);
        if (replaced.Error is { } refused)
        {
            return new PlaceOutcome(order.RequestId, false, null, null, refused, null);
        }

        var outcome = await manual.CreateManualAsync(SellerId, order);
        if (!outcome.Placed && await manual.GetAsync() is null)
        {
            // Refused before the 개별 주문 existed (e.g. not orderable): the collected order is as it was.
            await source.ReleaseManualReplacementAsync(SellerId, order.RequestId);
        }

        return outcome;
    }

    public async Task AutoOrderAsync()
    {
        var access = await GrainFactory.GetGrain<ISellerAccessGrain>(this.GetPrimaryKeyString()).GetAccessAsync();
        if (!access.AutoOrder)
        {
            return;
        }

        var policy = access.Policy ?? AutoOrderPolicy.Default;
        var placed = 0;
        long? left = null;
        foreach (var id in await _readModel.OrderableIdsAsync(SellerId, MaxOrdersPerRequest))
        {
            var order = await GrainFactory.GetGrain<IOrderGrain>(OrderKey.For(id)).GetAsync();
            if (order is null || !AutoOrderRules.Allows(policy, order, _time.GetUtcNow()))
            {
                continue;
            }

            left ??= await GrainFactory.GetGrain<IWalletGrain>(SellerKey.For(SellerId)).GetBalanceAsync();
            if (AutoOrderRules.WaitsForPoints(order, left.Value))
            {
                // Already shown 포인트 부족 and still not covered: trying again every run would take an order number
                // and hold its stock each time (other orders checking that stock meanwhile would see it gone).
                break;
            }

            var outcome = await PlaceOneAsync(id);
            if (outcome.Placed)
            {
                placed++;
                left -= outcome.Amount ?? 0;
            }
            else if (outcome.Error?.Code == TransitionErrorCode.InsufficientPoints)
            {
                // Oldest first: a later, cheaper order does not jump ahead of the one waiting for points.
                break;
            }
        }

        if (placed > 0)
        {
            LogAutoOrdered(_logger, SellerId, placed);
        }
    }

    private async Task<PlaceOutcome> PlaceOneAsync(string productOrderId)
    {
        try
        {
            return await GrainFactory.GetGrain<IOrderGrain>(OrderKey.For(productOrderId)).PlaceAsync(SellerId);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The order keeps its placement and finishes it by itself; the seller sees it as not placed yet.
            LogPlaceFailed(_logger, e, SellerId, productOrderId);
            return new PlaceOutcome(productOrderId, false, null, null,
                new TransitionError(TransitionErrorCode.NotAllowedInCurrentState, "일시적인 오류로 발주를 마치지 못했어요. 잠시 후 주문 상태를 확인해 주세요."), null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId}: 자동 발주 placed {Count} orders")]
    private static partial void LogAutoOrdered(ILogger logger, string sellerId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId}: looking up the balance and the orders before placing failed; the orders are placed one by one")]
    private static partial void LogPlanFailed(ILogger logger, Exception exception, string sellerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId}: placing order {ProductOrderId} failed; the order finishes it by itself")]
    private static partial void LogPlaceFailed(ILogger logger, Exception exception, string sellerId, string productOrderId);
}
