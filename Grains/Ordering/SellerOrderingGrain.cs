using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Grains.Interfaces.Sellers;
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

        var outcomes = ImmutableArray.CreateBuilder<PlaceOutcome>(ids.Count);
        foreach (var id in ids)
        {
            outcomes.Add(await PlaceOneAsync(id));
        }

        return outcomes.MoveToImmutable();
    }

    public async Task<PlaceOutcome> PlaceManualAsync(ManualOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (AutoOrderRules.ManualOrderProblem(order) is { } problem)
        {
            return new PlaceOutcome(order.RequestId ?? string.Empty, false, null, null, new TransitionError(TransitionErrorCode.InvalidInput, problem), null);
        }

        return await GrainFactory.GetGrain<IOrderGrain>(OrderKey.ForManual(SellerId, order.RequestId)).CreateManualAsync(SellerId, order);
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
        foreach (var id in await _readModel.OrderableIdsAsync(SellerId, MaxOrdersPerRequest))
        {
            var order = await GrainFactory.GetGrain<IOrderGrain>(OrderKey.For(id)).GetAsync();
            if (order is null || !AutoOrderRules.Allows(policy, order, _time.GetUtcNow()))
            {
                continue;
            }

            var outcome = await PlaceOneAsync(id);
            if (outcome.Placed)
            {
                placed++;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seller {SellerId}: placing order {ProductOrderId} failed; the order finishes it by itself")]
    private static partial void LogPlaceFailed(ILogger logger, Exception exception, string sellerId, string productOrderId);
}
