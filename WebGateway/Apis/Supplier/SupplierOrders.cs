using System.Security.Claims;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts;
using WebGateway.Contracts.Supplier;

namespace WebGateway.Apis.Supplier;

/// <summary>The supplier's order endpoints: its orders, entering tracking numbers, marking orders delivered.</summary>
internal static class SupplierOrders
{
    // OnChannel order numbers are ON + a KST date + a sequence; anything much longer or not alphanumeric is no order.
    private const int MaxOrderNumberLength = 32;

    /// <summary>The header naming the next page's cursor on <c>GET /api/supplier/orders</c> (as on the seller's list).</summary>
    public const string NextCursorHeader = "X-Next-Cursor";

    public static async Task<IResult> ListAsync(
        string? status, string? cursor, string? pageSize, HttpContext http, ClaimsPrincipal user, IOrderReadModel orders,
        OrderMapper mapper, PageCursors cursors, CancellationToken cancellationToken)
    {
        var (page, problem) = await ReadPageAsync(status, cursor, pageSize, user.SupplierId(), orders, mapper, cursors, cancellationToken);
        if (page?.NextCursor is { } next)
        {
            http.Response.Headers[NextCursorHeader] = next;
        }

        return problem ?? TypedResults.Ok(page!.Orders);
    }

    public static async Task<IResult> PageAsync(
        string? status, string? cursor, string? pageSize, ClaimsPrincipal user, IOrderReadModel orders, OrderMapper mapper,
        PageCursors cursors, CancellationToken cancellationToken)
    {
        var (page, problem) = await ReadPageAsync(status, cursor, pageSize, user.SupplierId(), orders, mapper, cursors, cancellationToken);
        return problem ?? TypedResults.Ok(page);
    }

    public static async Task<IResult> EnterTrackingAsync(
        string onchOrderNo, TrackingDto? body, ClaimsPrincipal user, IOrderReadModel orders, IGrainFactory grains,
        OrderMapper mapper, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var tracking = TrackingInput.Read(body, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return await CommandAsync(onchOrderNo, user, orders, grains, mapper, cancellationToken,
            (order, supplierId) => order.EnterTrackingAsync(supplierId, tracking!));
    }

    public static Task<IResult> MarkDeliveredAsync(
        string onchOrderNo, ClaimsPrincipal user, IOrderReadModel orders, IGrainFactory grains, OrderMapper mapper,
        CancellationToken cancellationToken) =>
        CommandAsync(onchOrderNo, user, orders, grains, mapper, cancellationToken,
            (order, supplierId) => order.MarkDeliveredBySupplierAsync(supplierId));

    public static IReadOnlyList<CarrierDto> Carriers() => [.. CarrierCodes.Known.Select(c => new CarrierDto(c.Key, c.Value))];

    private static async Task<IResult> CommandAsync(
        string onchOrderNo, ClaimsPrincipal user, IOrderReadModel orders, IGrainFactory grains, OrderMapper mapper,
        CancellationToken cancellationToken, Func<IOrderGrain, string, Task<OrderCommandResult>> command)
    {
        var supplierId = user.SupplierId();
        var view = onchOrderNo.Length <= MaxOrderNumberLength && onchOrderNo.All(char.IsAsciiLetterOrDigit)
            ? await orders.FindByOnchOrderNoAsync(onchOrderNo, cancellationToken)
            : null;

        if (view is null)
        {
            return OrderCommandProblems.OrderNotFound();
        }

        if (!string.Equals(view.SupplierId, supplierId, StringComparison.Ordinal))
        {
            return OrderCommandProblems.AnotherSuppliersOrder();
        }

        var result = await command(grains.GetGrain<IOrderGrain>(OrderKey.For(view.ProductOrderId)), supplierId);
        if (result.Error is { } error)
        {
            return OrderCommandProblems.For(error);
        }

        return result.Order is { } order && mapper.ToSupplierDto(order) is { } dto
            ? TypedResults.Ok(dto)
            : OrderCommandProblems.OrderNotFound();
    }

    private static async Task<(SupplierOrderPageDto? Page, IResult? Problem)> ReadPageAsync(
        string? status, string? cursor, string? pageSize, string supplierId, IOrderReadModel orders, OrderMapper mapper,
        PageCursors cursors, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var wanted = OrderStatusInput.Read(status, errors);
        var owner = "supplier:" + supplierId;
        if (!cursors.TryDecode(cursor, owner, out var after))
        {
            errors.Add("cursor", "cursor는 이전 페이지에서 받은 값이어야 해요");
        }

        var size = PageSize.Read(pageSize, "pageSize", errors);
        if (errors.Any)
        {
            return (null, errors.ToProblem());
        }

        var page = await orders.ListForSupplierAsync(supplierId, wanted, after, size, cancellationToken);
        var dtos = page.Orders.Select(mapper.ToSupplierDto).OfType<SupplierOrderDto>().ToList();
        return (new SupplierOrderPageDto(dtos, page.Counts, page.Next is { } next ? cursors.Encode(next, owner) : null), null);
    }
}
