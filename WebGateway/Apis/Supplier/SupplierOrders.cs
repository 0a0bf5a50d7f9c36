using System.Security.Claims;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using WebGateway.Apis.Operator;
using WebGateway.Auth;
using WebGateway.Contracts;
using WebGateway.Contracts.Supplier;
using WebGateway.Http;

namespace WebGateway.Apis.Supplier;

/// <summary>The supplier's order endpoints: its orders, entering tracking numbers, marking orders delivered.</summary>
internal static class SupplierOrders
{
    // OnChannel order numbers are ON + a KST date + a sequence; anything much longer or not alphanumeric is no order.
    private const int MaxOrderNumberLength = 32;

    public static async Task<IResult> ListAsync(
        string? status, string? cursor, int? pageSize, ClaimsPrincipal user, IOrderReadModel orders, OrderMapper mapper,
        CancellationToken cancellationToken)
    {
        var (page, problem) = await ReadPageAsync(status, cursor, pageSize, user.SupplierId(), orders, mapper, cancellationToken);
        return problem ?? TypedResults.Ok(page!.Orders);
    }

    public static async Task<IResult> PageAsync(
        string? status, string? cursor, int? pageSize, ClaimsPrincipal user, IOrderReadModel orders, OrderMapper mapper,
        CancellationToken cancellationToken)
    {
        var (page, problem) = await ReadPageAsync(status, cursor, pageSize, user.SupplierId(), orders, mapper, cancellationToken);
        return problem ?? TypedResults.Ok(page);
    }

    public static async Task<IResult> EnterTrackingAsync(
        string onchOrderNo, TrackingDto? body, ClaimsPrincipal user, IOrderReadModel orders, IGrainFactory grains,
        OrderMapper mapper, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var carrier = body?.DeliveryCompanyCode?.Trim();
        if (carrier is null || !CarrierCodes.Known.ContainsKey(carrier))
        {
            errors["deliveryCompanyCode"] = ["스마트스토어에서 쓰는 택배사 코드를 입력해 주세요 (예: CJGLS, HANJIN, HYUNDAI, KGB, EPOST)"];
        }

        // The order grain's rule (CarrierCodes.Problem): 6 to 30 letters, digits or dashes.
        var number = body?.TrackingNumber?.Trim();
        if (number is not { Length: >= 6 and <= 30 } || !number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors["trackingNumber"] = ["송장번호는 6~30자의 영문, 숫자, '-'로 입력해 주세요"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var tracking = new Tracking(carrier!, number!);
        return await CommandAsync(onchOrderNo, user, orders, grains, mapper, cancellationToken,
            (order, supplierId) => order.EnterTrackingAsync(supplierId, tracking));
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

        // Another supplier's order is answered like an unknown one.
        if (view is null || !string.Equals(view.SupplierId, supplierId, StringComparison.Ordinal))
        {
            return Problems.NotFound("주문을 찾을 수 없어요", "UnknownOrder");
        }

        var result = await command(grains.GetGrain<IOrderGrain>(OrderKey.For(view.ProductOrderId)), supplierId);
        if (result.Error is { } error)
        {
            return OrderCommandProblems.From(error);
        }

        return result.Order is { } order && mapper.ToSupplierDto(order) is { } dto
            ? TypedResults.Ok(dto)
            : Problems.NotFound("주문을 찾을 수 없어요", "UnknownOrder");
    }

    private static async Task<(SupplierOrderPageDto? Page, IResult? Problem)> ReadPageAsync(
        string? status, string? cursor, int? pageSize, string supplierId, IOrderReadModel orders, OrderMapper mapper,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        OrderStatus? wanted = null;
        if (status is not null)
        {
            // Names only: Enum.TryParse would also take "3" or "1,2".
            wanted = Enum.GetValues<OrderStatus>().Cast<OrderStatus?>().FirstOrDefault(s => string.Equals(s.ToString(), status, StringComparison.OrdinalIgnoreCase));
            if (wanted is null)
            {
                errors["status"] = [$"주문 상태는 {string.Join(", ", Enum.GetNames<OrderStatus>())} 중 하나여야 해요"];
            }
        }

        OrderPageCursor? after = null;
        if (cursor is not null && (after = SupplierCursor.Decode(cursor)) is null)
        {
            errors["cursor"] = ["cursor는 이전 페이지에서 받은 값이어야 해요"];
        }

        var (size, sizeProblem) = PageLimit.Read(pageSize);
        if (sizeProblem is not null)
        {
            errors["pageSize"] = [sizeProblem];
        }

        if (errors.Count > 0)
        {
            return (null, Problems.Invalid(errors));
        }

        var page = await orders.ListForSupplierAsync(supplierId, wanted, after, size, cancellationToken);
        var dtos = page.Orders.Select(mapper.ToSupplierDto).OfType<SupplierOrderDto>().ToList();
        return (new SupplierOrderPageDto(dtos, page.Counts, page.Next is { } next ? SupplierCursor.Encode(next) : null), null);
    }
}
