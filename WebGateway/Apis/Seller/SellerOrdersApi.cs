using System.Security.Claims;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Grains.Interfaces.Sellers;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;

namespace WebGateway.Apis.Seller;

/// <summary>The seller's orders: lists and pages from the read model, 발주하기, 옵션 수정 and 삭제하기.</summary>
internal static class SellerOrdersApi
{
    /// <summary>
    /// The most orders one 발주하기 request may name. Each is placed by its order grain in turn inside one call to the
    /// seller's ordering grain, which must finish within Orleans' 30 s response timeout; 200 leaves room for slow
    /// placings. Larger selections are sent as several requests.
    /// </summary>
    public const int MaxOrdersPerPlace = 200;

    /// <summary>The header naming the next page's cursor on <c>GET /api/seller/orders</c>.</summary>
    public const string NextCursorHeader = "X-Next-Cursor";

    public static RouteGroupBuilder MapSellerOrdersApi(this RouteGroupBuilder seller)
    {
        seller.MapGet("/orders", ListAsync).Produces<IReadOnlyList<OrderDto>>()
            .WithSummary("Orders newest first, in a status or all; the next page's cursor is in X-Next-Cursor");
        seller.MapGet("/orders/page", PageAsync).Produces<OrderPageDto>()
            .WithSummary("A page of orders with the count of every status (the dashboard's tabs) and the next cursor");
        seller.MapGet("/orders/{productOrderId}", GetAsync).Produces<OrderDto>().WithSummary("One order of the seller");
        seller.MapPost("/orders/place", PlaceAsync).Produces<IReadOnlyList<PlaceResultDto>>()
            .WithSummary($"발주하기: places the orders in the order given (at most {MaxOrdersPerPlace}), a result each");
        seller.MapPut("/orders/{productOrderId}/option", ChooseOptionAsync).Produces<OrderDto>()
            .WithSummary("옵션 수정: picks the catalog option, remembered for the same product and option text");
        seller.MapDelete("/orders/{productOrderId}", DeleteAsync).WithSummary("삭제하기: 204; 409 once placed");
        return seller;
    }

    private static Task<IResult> ListAsync(
        string? status, string? after, string? pageSize, HttpContext http, ClaimsPrincipal user, IOrderReadModel readModel,
        OrderMapper mapper, PageCursors cursors, CancellationToken cancellationToken) =>
        ReadPageAsync(status, after, "after", pageSize, user, readModel, cursors, cancellationToken, page =>
        {
            if (page.Next is { } next)
            {
                http.Response.Headers[NextCursorHeader] = cursors.Encode(next, CursorOwner(user));
            }

            return TypedResults.Ok(page.Orders.Select(mapper.ToDto).ToList());
        });

    private static Task<IResult> PageAsync(
        string? status, string? cursor, string? pageSize, ClaimsPrincipal user, IOrderReadModel readModel, OrderMapper mapper,
        PageCursors cursors, CancellationToken cancellationToken) =>
        ReadPageAsync(status, cursor, "cursor", pageSize, user, readModel, cursors, cancellationToken, page =>
        {
            var counts = Enum.GetValues<OrderStatus>().ToDictionary(s => s.ToString(), page.Counts.GetValueOrDefault, StringComparer.Ordinal);
            var next = page.Next is { } cursorNext ? cursors.Encode(cursorNext, CursorOwner(user)) : null;
            return TypedResults.Ok(new OrderPageDto([.. page.Orders.Select(mapper.ToDto)], counts, next));
        });

    private static async Task<IResult> ReadPageAsync(
        string? statusText, string? cursorText, string cursorField, string? pageSizeText, ClaimsPrincipal user, IOrderReadModel readModel,
        PageCursors cursors, CancellationToken cancellationToken, Func<OrderListPage, IResult> answer)
    {
        var errors = new FieldErrors();
        var status = OrderStatusInput.Read(statusText, errors);
        var pageSize = PageSize.Read(pageSizeText, "pageSize", errors);
        if (!cursors.TryDecode(cursorText, CursorOwner(user), out var cursor))
        {
            errors.Add(cursorField, "페이지 커서가 올바르지 않아요. 이전 응답에서 받은 값을 그대로 보내 주세요.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return answer(await readModel.ListAsync(user.SellerId(), status, cursor, pageSize, cancellationToken));
    }

    private static async Task<IResult> GetAsync(
        string productOrderId, ClaimsPrincipal user, IOrderReadModel readModel, OrderMapper mapper, CancellationToken cancellationToken)
    {
        if (!Ids.IsOrderId(productOrderId))
        {
            return InvalidId(productOrderId);
        }

        return await readModel.FindAsync(user.SellerId(), productOrderId, cancellationToken) is { } order
            ? TypedResults.Ok(mapper.ToDto(order))
            : await OrderCommandProblems.MissingOrderAsync(readModel, productOrderId, cancellationToken);
    }

    private static async Task<IResult> PlaceAsync(
        PlaceOrdersRequest? request, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var ids = request?.ProductOrderIds;
        if (ids is null || ids.Count == 0)
        {
            errors.Add("productOrderIds", "발주할 주문을 하나 이상 골라 주세요.");
        }
        else if (ids.Count > MaxOrdersPerPlace)
        {
            errors.Add("productOrderIds", $"한 번에 {MaxOrdersPerPlace}건까지 발주할 수 있어요. 나누어 발주해 주세요.");
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                if (!Ids.IsOrderId(ids[i]))
                {
                    errors.Add($"productOrderIds[{i}]", Ids.OrderIdProblem(ids[i]));
                }
                else if (!seen.Add(ids[i]!))
                {
                    errors.Add($"productOrderIds[{i}]", $"같은 주문이 두 번 있어요: {ids[i]}");
                }
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // Only the caller's orders reach the grains; the others are answered as not found, in their place.
        var sellerId = user.SellerId();
        var known = (await readModel.KnownIdsAsync(sellerId, [.. ids!.Select(id => id!)], cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var toPlace = ids!.Select(id => id!).Where(known.Contains).ToList();
        var outcomes = toPlace.Count == 0
            ? []
            : (await grains.GetSeller(sellerId).PlaceOrdersAsync([.. toPlace])).ToDictionary(o => o.ProductOrderId, StringComparer.Ordinal);
        var notFound = new TransitionError(TransitionErrorCode.NotFound, "주문을 찾을 수 없어요.");
        return TypedResults.Ok(ids!.Select(id => PlaceResultDto.From(
            outcomes.TryGetValue(id!, out var outcome) ? outcome : new PlaceOutcome(id!, false, null, null, notFound, null))).ToList());
    }

    private static async Task<IResult> ChooseOptionAsync(
        string productOrderId, ChooseOptionRequest? request, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel,
        OrderMapper mapper, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!Ids.IsOrderId(productOrderId))
        {
            errors.Add("productOrderId", Ids.OrderIdProblem(productOrderId));
        }

        var optionId = TextInput.Read(errors, "optionId", request?.OptionId, "고를 옵션(optionId)", ManualOrderInput.MaxOptionIdLength);

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var sellerId = user.SellerId();
        if (await readModel.FindAsync(sellerId, productOrderId, cancellationToken) is null)
        {
            return await OrderCommandProblems.MissingOrderAsync(readModel, productOrderId, cancellationToken);
        }

        var result = await grains.GetSeller(sellerId).ChooseOptionAsync(productOrderId, optionId!);
        return Answer(result, mapper);
    }

    private static async Task<IResult> DeleteAsync(
        string productOrderId, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel, CancellationToken cancellationToken)
    {
        if (!Ids.IsOrderId(productOrderId))
        {
            return InvalidId(productOrderId);
        }

        var sellerId = user.SellerId();
        if (await readModel.FindAsync(sellerId, productOrderId, cancellationToken) is null)
        {
            return await OrderCommandProblems.MissingOrderAsync(readModel, productOrderId, cancellationToken);
        }

        var result = await grains.GetGrain<IOrderGrain>(OrderKey.For(productOrderId)).DeleteAsync(sellerId);
        return result.Error is { } error ? OrderCommandProblems.For(error) : TypedResults.NoContent();
    }

    /// <summary>Whose list a cursor belongs to: another seller's cursor does not open this one.</summary>
    private static string CursorOwner(ClaimsPrincipal user) => "seller:" + user.SellerId();

    /// <summary>The answer of an order command: the order after it, or the refusal's problem.</summary>
    internal static IResult Answer(OrderCommandResult result, OrderMapper mapper) =>
        result switch
        {
            { Error: { } error } => OrderCommandProblems.For(error),
            { Order: { } order } => TypedResults.Ok(mapper.ToDto(order)),
            _ => OrderCommandProblems.OrderNotFound(),
        };

    internal static IResult InvalidId(string? productOrderId)
    {
        var errors = new FieldErrors();
        errors.Add("productOrderId", Ids.OrderIdProblem(productOrderId));
        return errors.ToProblem();
    }
}
