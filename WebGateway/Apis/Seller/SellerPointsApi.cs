using System.Security.Claims;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Points;
using Grains.Interfaces.ReadModel;
using Grains.Interfaces.Sellers;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts.Seller;
using WebGateway.Http;

namespace WebGateway.Apis.Seller;

/// <summary>The seller's points (balance, ledger, what waiting orders need) and 개별 주문, which they pay for.</summary>
internal static class SellerPointsApi
{
    public static RouteGroupBuilder MapSellerPointsApi(this RouteGroupBuilder seller)
    {
        seller.MapGet("/points", GetPointsAsync).Produces<PointsDto>()
            .WithSummary("Balance, the points the orderable waiting orders need, and the ledger newest first (limit, before)");
        seller.MapPost("/manual-orders", PlaceManualOrderAsync).Produces<ManualOrderResultDto>()
            .WithSummary("개별 주문: orders a product by hand, paid with points; idempotent by requestId");
        return seller;
    }

    private static async Task<IResult> GetPointsAsync(
        string? limit, string? before, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var size = PageSize.Read(limit, "limit", errors);
        SellerInput.TryPositiveLong(before, "before", errors, out var beforeId);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var sellerId = user.SellerId();
        var wallet = grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId));
        var balance = wallet.GetBalanceAsync();
        var ledger = wallet.GetLedgerAsync(size, beforeId);
        var needed = readModel.PointsNeededAsync(sellerId, cancellationToken);
        var entries = await ledger;
        return TypedResults.Ok(new PointsDto(
            await balance, await needed, [.. entries.Select(PointEntryDto.From)], entries.Length == size ? entries[^1].Id : null));
    }

    private static async Task<IResult> PlaceManualOrderAsync(
        ManualOrderRequest? request, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var order = ManualOrderInput.Read(request, errors);
        if (order is null)
        {
            return errors.ToProblem();
        }

        var sellerId = user.SellerId();

        // A retry of a request that created its order is answered by that order's grain from what it stored: the
        // product may have changed (option removed, sold out) since, and the retry must still get the first answer.
        var replay = await readModel.FindAsync(sellerId, OrderKey.ManualId(sellerId, order.RequestId), cancellationToken) is not null;
        if (!replay && await ManualOrderProblemAsync(order, sellerId, grains, readModel, cancellationToken) is { } problem)
        {
            return problem;
        }

        var outcome = await grains.GetSeller(sellerId).PlaceManualOrderAsync(order with { OptionId = string.IsNullOrEmpty(order.OptionId) ? null : order.OptionId });
        if (outcome is { Placed: true, OnchOrderNo: { } number })
        {
            var balance = await grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).GetBalanceAsync();
            return TypedResults.Ok(new ManualOrderResultDto(number, outcome.Amount ?? 0, balance, outcome.ProductOrderId));
        }

        var error = outcome.Error ?? new TransitionError(TransitionErrorCode.NotAllowedInCurrentState, "주문하지 못했어요. 잠시 후 다시 시도해 주세요.");
        var extensions = new Dictionary<string, object?>();
        if (outcome.Amount is { } amount)
        {
            extensions["amount"] = amount;
        }

        if (outcome.PointsShort is { } shortBy)
        {
            extensions["pointsShort"] = shortBy;
        }

        return OrderCommandProblems.For(error, extensions);
    }

    /// <summary>Why a new 개별 주문 cannot be placed as asked (its source order, product or option), or null.</summary>
    private static async Task<IResult?> ManualOrderProblemAsync(
        ManualOrder order, string sellerId, IGrainFactory grains, IOrderReadModel readModel, CancellationToken cancellationToken)
    {
        if (order.FromProductOrderId is { } from && await readModel.FindAsync(sellerId, from, cancellationToken) is null)
        {
            return await OrderCommandProblems.MissingOrderAsync(readModel, from, cancellationToken, "바탕으로 한 주문");
        }

        if (await grains.GetGrain<ICatalogProductGrain>(ProductKey.For(order.ProductCode)).GetAsync() is not { } product)
        {
            return OrderCommandProblems.ProductNotFound(order.ProductCode);
        }

        return ManualOrderInput.OptionProblem(product, order.OptionId) is { } optionProblem
            ? Problems.Invalid("optionId", optionProblem)
            : null;
    }
}
