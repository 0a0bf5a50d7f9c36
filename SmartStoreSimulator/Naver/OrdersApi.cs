using System.Globalization;
using System.Text.Json;
using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Naver;

/// <summary>The pay-order seller endpoints with Naver's limits, paging, per-item results and state rules.</summary>
internal static class OrdersApi
{
    private const int MaxPageSize = 300;
    private const int MaxQueryIds = 300;
    private const int MaxWriteIds = 30;

    private static readonly HashSet<string> Carriers =
        ["CJGLS", "HYUNDAI", "HANJIN", "KGB", "EPOST", "KDEXP", "DAESIN", "ILYANG", "HDEXP", "CHUNIL", "KUNYOUNG", "CUPARCEL", "CVSNET", "REGISTPOST", "GENERALPOST", "CH1"];

    private static readonly HashSet<string> DelayReasons =
        ["PRODUCT_PREPARE", "CUSTOMER_REQUEST", "CUSTOM_BUILD", "RESERVED_DISPATCH", "OVERSEA_DELIVERY", "ETC"];

    private static readonly HashSet<string> RangeTypes =
        ["PAYED_DATETIME", "ORDERED_DATETIME", "DISPATCHED_DATETIME", "PURCHASE_DECIDED_DATETIME", "CLAIM_REQUESTED_DATETIME",
         "CLAIM_COMPLETED_DATETIME", "COLLECT_COMPLETED_DATETIME", "GIFT_RECEIVED_DATETIME", "HOPE_DELIVERY_INFO_CHANGED_DATETIME"];

    public static void MapOrdersApi(this IEndpointRouteBuilder routes)
    {
        var orders = routes.MapGroup(SimApi.OrdersPath).AddEndpointFilter(GatewayMiddleware.ReplaceResultAsync);
        orders.MapGet("/last-changed-statuses", LastChangedStatuses);
        orders.MapGet(string.Empty, Conditions);
        orders.MapPost("/query", QueryAsync);
        orders.MapPost("/confirm", ConfirmAsync);
        orders.MapPost("/dispatch", DispatchAsync);
        orders.MapPost("/{productOrderId}/delay", DelayDispatchAsync);
    }

    private static IResult LastChangedStatuses(HttpContext context, SimulatorState state)
    {
        if (Seller(context, state) is not { } seller)
        {
            return NotAllowed(context);
        }

        var query = context.Request.Query;
        if (RangeError(context, query["lastChangedFrom"], query["lastChangedTo"], out var from, out var to) is { } error)
        {
            return error;
        }

        var limit = ParseInt(query["limitCount"], MaxPageSize);
        limit = limit is < 1 or > MaxPageSize ? MaxPageSize : limit;
        string? type = query["lastChangedType"];
        string? sequence = query["moreSequence"];

        // A change reaches the feed only after the lag; until then the order's latest change is not listed at all.
        var visibleUntil = state.Time.GetUtcNow() - state.FeedLag;
        List<object> page;
        object? more = null;
        lock (seller.Gate)
        {
            var matching = seller.Orders.Values
                .Where(o => o.LastChangedDate <= visibleUntil)
                .Where(o => o.LastChangedDate >= from && o.LastChangedDate <= to && (string.IsNullOrEmpty(type) || o.LastChangedType == type))
                .Where(o => string.IsNullOrEmpty(sequence) || o.LastChangedDate > from || string.CompareOrdinal(o.ProductOrderId, sequence) >= 0)
                .OrderBy(o => o.LastChangedDate)
                .ThenBy(o => o.ProductOrderId, StringComparer.Ordinal)
                .ToList();
            page = matching.Take(limit).Select(OrderJson.Change).ToList();
            if (matching.Count > limit)
            {
                var next = matching[limit];
                more = new { moreFrom = SimTime.Format(next.LastChangedDate), moreSequence = next.ProductOrderId };
            }
        }

        // Observed at Naver: a window without changes answers 200 with no data at all.
        return NaverResults.Ok(context, page.Count == 0 ? null : new { count = page.Count, lastChangeStatuses = page, more });
    }

    private static IResult Conditions(HttpContext context, SimulatorState state)
    {
        if (Seller(context, state) is not { } seller)
        {
            return NotAllowed(context);
        }

        var query = context.Request.Query;
        if (RangeError(context, query["from"], query["to"], out var from, out var to) is { } error)
        {
            return error;
        }

        var rangeType = string.IsNullOrEmpty(query["rangeType"]) ? "PAYED_DATETIME" : query["rangeType"].ToString();
        if (!RangeTypes.Contains(rangeType))
        {
            return NaverResults.Error(context, 400, "104133", "rangeType이 올바르지 않습니다.");
        }

        var statuses = ListParameter(query["productOrderStatuses"]);
        var claimStatuses = ListParameter(query["claimStatuses"]);
        string? placeOrderStatus = query["placeOrderStatusType"];
        var pageSize = ParseInt(query["pageSize"], MaxPageSize);
        var pageNumber = ParseInt(query["page"], 1);
        if (pageSize is < 1 or > MaxPageSize || pageNumber < 1)
        {
            return NaverResults.Error(context, 400, "104133", "pageSize는 1~300, page는 1 이상이어야 합니다.");
        }

        List<object> contents;
        bool hasNext;
        lock (seller.Gate)
        {
            var matching = seller.Orders.Values
                .Select(o => (Order: o, At: rangeType switch
                {
                    "PAYED_DATETIME" => o.PaymentDate,
                    "ORDERED_DATETIME" => o.OrderDate,
                    _ => o.LastChangedDate,
                }))
                .Where(x => x.At >= from && x.At <= to)
                .Where(x => statuses.Count == 0 || statuses.Contains(x.Order.ProductOrderStatus))
                .Where(x => claimStatuses.Count == 0 || (x.Order.ClaimStatus is { } claim && claimStatuses.Contains(claim)))
                .Where(x => string.IsNullOrEmpty(placeOrderStatus) || x.Order.PlaceOrderStatus == placeOrderStatus)
                .OrderBy(x => x.At)
                .ThenBy(x => x.Order.ProductOrderId, StringComparer.Ordinal)
                .ToList();
            contents = matching.Skip((pageNumber - 1) * pageSize).Take(pageSize)
                .Select(x => (object)new { productOrderId = x.Order.ProductOrderId, content = OrderJson.Content(x.Order) })
                .ToList();
            hasNext = matching.Count > pageNumber * pageSize;
        }

        return NaverResults.Ok(context, new { contents, pagination = new { page = pageNumber, size = pageSize, hasNext } });
    }

    private static async Task<IResult> QueryAsync(HttpContext context, SimulatorState state)
    {
        var (seller, ids, error) = await ReadIdsAsync(context, state, MaxQueryIds);
        if (error is not null)
        {
            return error;
        }

        var omitted = context.Items[GatewayMiddleware.OmittedIdsItem] as IReadOnlySet<string>;
        List<object> found;
        lock (seller.Gate)
        {
            found = ids.Distinct(StringComparer.Ordinal)
                .Where(id => omitted is null || !omitted.Contains(id))
                .Select(id => seller.Orders.GetValueOrDefault(id))
                .OfType<SimOrder>()
                .Select(OrderJson.Content)
                .ToList();
        }

        return NaverResults.Ok(context, found);
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, SimulatorState state)
    {
        var (seller, ids, error) = await ReadIdsAsync(context, state, MaxWriteIds);
        if (error is not null)
        {
            return error;
        }

        var now = state.Time.GetUtcNow();
        var succeeded = new List<object>();
        var failed = new List<object>();
        lock (seller.Gate)
        {
            foreach (var id in ids)
            {
                var failure = seller.Orders.GetValueOrDefault(id) switch
                {
                    null => ("100001", "상품 주문 정보가 없습니다."),
                    { ProductOrderStatus: not "PAYED" } or { HasOpenClaim: true } => ("104442", "상품 주문 상태를 확인해 주세요."),
                    { PlaceOrderStatus: "OK" } => ("105306", "요청한 상태가 현재 상태와 같습니다."),
                    _ => ((string, string)?)null,
                };
                if (failure is { } f)
                {
                    failed.Add(new { productOrderId = id, code = f.Item1, message = f.Item2 });
                    continue;
                }

                var order = seller.Orders[id];
                order.PlaceOrderStatus = "OK";
                order.PlaceOrderDate = SimTime.Truncate(now);
                order.ConfirmCount++;
                succeeded.Add(new { productOrderId = id, isReceiverAddressChanged = order.ReceiverAddressChanged });
            }
        }

        return NaverResults.Ok(context, new { successProductOrderInfos = succeeded, failProductOrderInfos = failed });
    }

    private static async Task<IResult> DispatchAsync(HttpContext context, SimulatorState state)
    {
        if (Seller(context, state) is not { } seller)
        {
            return NotAllowed(context);
        }

        var (body, error) = await ReadBodyAsync(context);
        if (error is not null)
        {
            return error;
        }

        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("dispatchProductOrders", out var items)
            || items.ValueKind != JsonValueKind.Array
            || items.GetArrayLength() is 0 or > MaxWriteIds)
        {
            return NaverResults.Error(context, 400, "104133", "dispatchProductOrders는 1~30개여야 합니다.");
        }

        var now = state.Time.GetUtcNow();
        var succeeded = new List<string>();
        var failed = new List<object>();
        lock (seller.Gate)
        {
            foreach (var item in items.EnumerateArray())
            {
                var id = Text(item, "productOrderId") ?? string.Empty;
                var method = Text(item, "deliveryMethod") ?? "DELIVERY";
                var carrier = Text(item, "deliveryCompanyCode");
                var tracking = Text(item, "trackingNumber");
                var order = seller.Orders.GetValueOrDefault(id);
                (string Code, string Message)? failure = order switch
                {
                    null => ("100001", "상품 주문 정보가 없습니다."),
                    { ProductOrderStatus: not "PAYED" } or { HasOpenClaim: true } => ("104442", "상품 주문 상태를 확인해 주세요."),
                    { PlaceOrderStatus: not "OK" } => ("104443", "발주 상태 확인이 필요합니다."),
                    _ when method == "DELIVERY" && string.IsNullOrWhiteSpace(carrier) => ("104118", "택배사를 입력해 주세요."),
                    _ when method == "DELIVERY" && !Carriers.Contains(carrier!) => ("104119", "택배사 코드를 확인해 주세요."),
                    _ when method == "DELIVERY" && string.IsNullOrWhiteSpace(tracking) => ("104120", "송장 번호를 입력해 주세요."),
                    _ => null,
                };
                if (failure is { } f)
                {
                    failed.Add(new { productOrderId = id, code = f.Code, message = f.Message });
                    continue;
                }

                order!.ProductOrderStatus = "DELIVERING";
                order.DeliveryMethod = method;
                order.DeliveryCompany = carrier;
                order.TrackingNumber = tracking;
                order.DeliveryStatus = "DELIVERING";
                order.SendDate = SimTime.TryParse(Text(item, "dispatchDate"), out var sent) ? sent : SimTime.Truncate(now);
                order.DispatchCount++;
                order.Change("DISPATCHED", now);
                succeeded.Add(id);
            }
        }

        return NaverResults.Ok(context, new { successProductOrderIds = succeeded, failProductOrderInfos = failed });
    }

    /// <summary>
    /// 발송 지연: moves the dispatch due date of one confirmed, not yet dispatched product order. The answer has the
    /// dispatch shape. The documented change types have no delay value, so the change feed is left as it was.
    /// </summary>
    private static async Task<IResult> DelayDispatchAsync(string productOrderId, HttpContext context, SimulatorState state)
    {
        if (Seller(context, state) is not { } seller)
        {
            return NotAllowed(context);
        }

        var (body, error) = await ReadBodyAsync(context);
        if (error is not null)
        {
            return error;
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return NaverResults.Error(context, 400, "104133", "요청이 올바르지 않습니다.");
        }

        var hasDueDate = SimTime.TryParse(Text(body, "dispatchDueDate"), out var dueDate);
        var reason = Text(body, "delayedDispatchReason");
        var detail = Text(body, "dispatchDelayedDetailedReason");
        var failed = new List<object>();
        lock (seller.Gate)
        {
            var order = seller.Orders.GetValueOrDefault(productOrderId);
            (string Code, string Message)? failure = order switch
            {
                null => ("100001", "상품 주문 정보가 없습니다."),
                _ when !hasDueDate || reason is null || !DelayReasons.Contains(reason) => ("4000", "요청 파라미터가 올바르지 않습니다."),
                { ProductOrderStatus: not "PAYED" } or { HasOpenClaim: true } => ("104442", "상품 주문 상태를 확인해 주세요."),
                { PlaceOrderStatus: not "OK" } => ("104443", "발주 상태 확인이 필요합니다."),
                _ when dueDate <= order.ShippingDueDate => ("104105", "발송 기한이 허용 범위를 벗어났습니다."),
                _ => null,
            };
            if (failure is { } f)
            {
                failed.Add(new { productOrderId, code = f.Code, message = f.Message });
            }
            else
            {
                order!.ShippingDueDate = SimTime.Truncate(dueDate);
                order.DelayedDispatchReason = reason;
                order.DelayedDispatchDetailedReason = detail;
                order.DelayCount++;
            }
        }

        var succeeded = failed.Count == 0 ? new[] { productOrderId } : [];
        return NaverResults.Ok(context, new { successProductOrderIds = succeeded, failProductOrderInfos = failed });
    }

    /// <summary>The seller of the token and the body's <c>productOrderIds</c> (1..max), or the error to answer.</summary>
    private static async Task<(SimSeller Seller, List<string> Ids, IResult? Error)> ReadIdsAsync(HttpContext context, SimulatorState state, int max)
    {
        if (Seller(context, state) is not { } seller)
        {
            return (null!, [], NotAllowed(context));
        }

        var (body, error) = await ReadBodyAsync(context);
        if (error is not null)
        {
            return (seller, [], error);
        }

        var ids = StringArray(body, "productOrderIds");
        return ids is null || ids.Count == 0 || ids.Count > max
            ? (seller, [], NaverResults.Error(context, 400, "104133", $"productOrderIds는 1~{max}개여야 합니다."))
            : (seller, ids, null);
    }

    private static SimSeller? Seller(HttpContext context, SimulatorState state)
    {
        var token = (SimToken)context.Items[GatewayMiddleware.TokenItem]!;
        var accountId = token.Type == "SELLER" ? token.AccountId : state.FindApplication(token.ClientId)?.OwnerAccountId;
        return state.FindSeller(accountId);
    }

    private static IResult NotAllowed(HttpContext context) =>
        NaverResults.Error(context, 403, "FORBIDDEN", "이 토큰으로 접근할 수 있는 판매자 리소스가 없습니다.");

    private static IResult? RangeError(HttpContext context, string? fromText, string? toText, out DateTimeOffset from, out DateTimeOffset to)
    {
        to = default;
        if (!SimTime.TryParse(fromText, out from))
        {
            return NaverResults.Error(context, 400, "104133", "조회 시작 일시 형식이 올바르지 않습니다. (yyyy-MM-dd'T'HH:mm:ss.SSSXXX)");
        }

        if (string.IsNullOrEmpty(toText))
        {
            to = from.AddHours(24);
        }
        else if (!SimTime.TryParse(toText, out to))
        {
            return NaverResults.Error(context, 400, "104133", "조회 종료 일시 형식이 올바르지 않습니다. (yyyy-MM-dd'T'HH:mm:ss.SSSXXX)");
        }

        return to < from || to - from > TimeSpan.FromHours(24)
            ? NaverResults.Error(context, 400, "104139", "조회 가능한 날짜 범위를 초과했습니다.")
            : null;
    }

    private static async Task<(JsonElement Body, IResult? Error)> ReadBodyAsync(HttpContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (default, NaverResults.Error(context, 400, "000400", "요청이 올바르지 않습니다. (HttpMessageNotReadableException)"));
        }
    }

    private static List<string>? StringArray(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList()
            : null;

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Arrays arrive as repeated keys or comma-joined; both are accepted.</summary>
    private static HashSet<string> ListParameter(Microsoft.Extensions.Primitives.StringValues values) =>
        values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet();

    private static int ParseInt(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
