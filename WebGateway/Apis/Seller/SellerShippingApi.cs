using System.Collections.Frozen;
using System.Security.Claims;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;
using WebGateway.Http;

namespace WebGateway.Apis.Seller;

/// <summary>
/// What the seller does on SmartStore for a placed order: send a corrected tracking number, record one set there by
/// hand, register a dispatch delay (발송 지연).
/// </summary>
internal static class SellerShippingApi
{
    /// <summary>Naver's <c>delayedDispatchReason</c> codes (naver-commerce-api.md, D-DELAY); the order grain accepts the same.</summary>
    public static readonly FrozenSet<string> DispatchDelayReasons =
        new[] { "PRODUCT_PREPARE", "CUSTOMER_REQUEST", "CUSTOM_BUILD", "RESERVED_DISPATCH", "OVERSEA_DELIVERY", "ETC" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far ahead a new dispatch due date may be (the order grain's bound).</summary>
    public static readonly TimeSpan MaxDispatchDelay = TimeSpan.FromDays(90);

    /// <summary>The longest delay explanation (the order grain's bound).</summary>
    public const int MaxDelayDetailLength = 200;

    public static RouteGroupBuilder MapSellerShippingApi(this RouteGroupBuilder seller)
    {
        seller.MapPut("/orders/{productOrderId}/smartstore-tracking", SendTrackingAsync).Produces<OrderDto>()
            .WithSummary("Sends a corrected tracking number to SmartStore (발송처리); SmartStore's refusal shows on the order");
        seller.MapPut("/orders/{productOrderId}/smartstore-tracking/recorded", RecordTrackingAsync).Produces<OrderDto>()
            .WithSummary("Records the tracking number the seller set on SmartStore by hand");
        seller.MapPost("/orders/{productOrderId}/dispatch-delay", RequestDispatchDelayAsync).Produces<OrderDto>()
            .WithSummary("발송 지연: registers a new dispatch due date on SmartStore for a placed order not yet shipped");
        return seller;
    }

    private static Task<IResult> SendTrackingAsync(
        string productOrderId, TrackingDto? request, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel,
        OrderMapper mapper, CancellationToken cancellationToken) =>
        TrackingCommandAsync(productOrderId, request, user, grains, readModel, mapper, cancellationToken,
            (order, sellerId, tracking) => order.SendSmartStoreTrackingAsync(sellerId, tracking));

    private static Task<IResult> RecordTrackingAsync(
        string productOrderId, TrackingDto? request, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel,
        OrderMapper mapper, CancellationToken cancellationToken) =>
        TrackingCommandAsync(productOrderId, request, user, grains, readModel, mapper, cancellationToken,
            (order, sellerId, tracking) => order.RecordSmartStoreTrackingAsync(sellerId, tracking));

    private static async Task<IResult> TrackingCommandAsync(
        string productOrderId, TrackingDto? request, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel,
        OrderMapper mapper, CancellationToken cancellationToken, Func<IOrderGrain, string, Tracking, Task<OrderCommandResult>> command)
    {
        var errors = new FieldErrors();
        if (!Ids.IsOrderId(productOrderId))
        {
            errors.Add("productOrderId", Ids.OrderIdProblem(productOrderId));
        }

        var tracking = TrackingInput.Read(request, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var sellerId = user.SellerId();
        if (await readModel.FindAsync(sellerId, productOrderId, cancellationToken) is not { } order)
        {
            return await OrderCommandProblems.MissingOrderAsync(readModel, productOrderId, cancellationToken);
        }

        if (order.Manual || order.PlacedAt is null || order.Status is not (OrderStatus.Ordered or OrderStatus.Delivered))
        {
            return Problems.Conflict("스마트스토어 주문이 발주된 뒤에만 스마트스토어 송장을 보내거나 기록할 수 있어요.", nameof(TransitionErrorCode.NotAllowedInCurrentState));
        }

        return SellerOrdersApi.Answer(await command(grains.GetGrain<IOrderGrain>(OrderKey.For(productOrderId)), sellerId, tracking!), mapper);
    }

    private static async Task<IResult> RequestDispatchDelayAsync(
        string productOrderId, DispatchDelayRequest? request, ClaimsPrincipal user, IGrainFactory grains, IOrderReadModel readModel,
        OrderMapper mapper, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!Ids.IsOrderId(productOrderId))
        {
            errors.Add("productOrderId", Ids.OrderIdProblem(productOrderId));
        }

        var now = time.GetUtcNow();
        if (request?.DispatchDueDate is not { } due)
        {
            errors.Add("dispatchDueDate", "새 발송 기한(dispatchDueDate)을 보내 주세요.");
        }
        else if (due <= now || due > now + MaxDispatchDelay)
        {
            errors.Add("dispatchDueDate", "발송 기한은 지금 이후 90일 안으로 정해 주세요.");
        }

        if (request?.Reason is not { } reason || !DispatchDelayReasons.Contains(reason))
        {
            errors.Add("reason", $"지연 사유 코드는 다음 중 하나예요: {string.Join(", ", DispatchDelayReasons.Order(StringComparer.Ordinal))}");
        }

        var detail = TextInput.Read(errors, "detail", request?.Detail, "지연 사유", MaxDelayDetailLength);

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var sellerId = user.SellerId();
        if (await readModel.FindAsync(sellerId, productOrderId, cancellationToken) is not { } order)
        {
            return await OrderCommandProblems.MissingOrderAsync(readModel, productOrderId, cancellationToken);
        }

        if (order.Manual || order.Status != OrderStatus.Ordered || order.SmartStore?.DispatchedAt is not null)
        {
            return Problems.Conflict("발송 전인 스마트스토어 주문만 발송 지연을 등록할 수 있어요.", nameof(TransitionErrorCode.NotAllowedInCurrentState));
        }

        var result = await grains.GetGrain<IOrderGrain>(OrderKey.For(productOrderId))
            .RequestDispatchDelayAsync(sellerId, request!.DispatchDueDate!.Value, request.Reason!, detail!);
        return SellerOrdersApi.Answer(result, mapper);
    }
}
