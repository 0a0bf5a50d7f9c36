using System.Text.Json;
using SmartStore.Models;

namespace SmartStore.Internal;

/// <summary>
/// Reads the documented response shapes. Anything required that is missing throws
/// <see cref="MalformedResponseException"/>, so a broken body can never read as "no orders".
/// </summary>
internal static class ResponseParser
{
    public static (string AccessToken, long ExpiresIn, string TokenType) ParseToken(JsonElement root) =>
        (Json.RequiredString(root, "access_token"),
         Json.OptionalLong(root, "expires_in") is > 0 and var expiresIn
             ? expiresIn
             : throw new MalformedResponseException("'expires_in' is missing"),
         Json.OptionalString(root, "token_type") ?? "Bearer");

    public static (List<LastChangedStatus> Items, (string From, string Sequence)? More) ParseChangedStatuses(JsonElement root)
    {
        // An empty window comes back as 200 with only timestamp and traceId: no data means no changes.
        if (Json.Property(root, "data") is not { } data)
        {
            return ([], null);
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedResponseException("'data' is not an object");
        }

        var items = Json.OptionalArray(data, "lastChangeStatuses").Select(item => new LastChangedStatus(
            Json.RequiredString(item, "productOrderId"),
            Json.OptionalString(item, "orderId"),
            Json.OptionalString(item, "lastChangedType"),
            Json.RequiredDate(item, "lastChangedDate"),
            Json.OptionalDate(item, "paymentDate"),
            Json.OptionalString(item, "productOrderStatus"),
            Json.OptionalString(item, "claimType"),
            Json.OptionalString(item, "claimStatus"),
            Json.OptionalBool(item, "receiverAddressChanged"),
            Json.OptionalString(item, "giftReceivingStatus"))).ToList();

        var count = Json.OptionalLong(data, "count");
        if (count > 0 && items.Count == 0)
        {
            throw new MalformedResponseException("'count' says there are changes but 'lastChangeStatuses' is missing");
        }

        (string, string)? more = Json.Property(data, "more") is { ValueKind: JsonValueKind.Object } moreElement
            ? (Json.RequiredString(moreElement, "moreFrom"), Json.RequiredString(moreElement, "moreSequence"))
            : null;
        return (items, more);
    }

    /// <summary>
    /// The envelope's <c>timestamp</c>: the server's clock when it answered. Informational, so a missing or unreadable
    /// value is null rather than a malformed response.
    /// </summary>
    public static DateTimeOffset? ParseServerTime(JsonElement root) =>
        Json.Property(root, "timestamp") is { ValueKind: JsonValueKind.String } value && KstTime.TryParse(value.GetString(), out var time)
            ? time
            : null;

    public static (List<ProductOrder> Orders, bool HasNext) ParseConditionsPage(JsonElement root)
    {
        var data = Json.RequiredObject(root, "data");
        var orders = Json.RequiredArray(data, "contents").EnumerateArray()
            .Select(item => ParseProductOrder(Json.RequiredObject(item, "content")))
            .ToList();
        var hasNext = Json.Property(data, "pagination") is { } pagination && Json.OptionalBool(pagination, "hasNext");
        return (orders, hasNext);
    }

    public static List<ProductOrder> ParseQuery(JsonElement root) =>
        Json.RequiredArray(root, "data").EnumerateArray().Select(ParseProductOrder).ToList();

    public static (List<string> Succeeded, List<string> AddressChanged, List<ProductOrderFailure> Failed) ParseConfirm(JsonElement root)
    {
        var data = Json.RequiredObject(root, "data");
        var succeeded = new List<string>();
        var addressChanged = new List<string>();
        foreach (var item in Json.OptionalArray(data, "successProductOrderInfos"))
        {
            var id = Json.RequiredString(item, "productOrderId");
            succeeded.Add(id);
            if (Json.OptionalBool(item, "isReceiverAddressChanged"))
            {
                addressChanged.Add(id);
            }
        }

        return (succeeded, addressChanged, ParseFailures(data));
    }

    public static (List<string> Succeeded, List<ProductOrderFailure> Failed) ParseDispatch(JsonElement root)
    {
        var data = Json.RequiredObject(root, "data");
        var succeeded = Json.OptionalArray(data, "successProductOrderIds")
            .Select(id => id.ValueKind == JsonValueKind.String ? id.GetString()! : throw new MalformedResponseException("'successProductOrderIds' holds a non-string"))
            .ToList();
        return (succeeded, ParseFailures(data));
    }

    public static ProductOrder ParseProductOrder(JsonElement content)
    {
        var order = Json.RequiredObject(content, "order");
        var productOrder = Json.RequiredObject(content, "productOrder");
        var address = Json.Property(productOrder, "shippingAddress") is { ValueKind: JsonValueKind.Object } a
            ? new ShippingAddress(
                Json.OptionalString(a, "name"),
                Json.OptionalString(a, "tel1"),
                Json.OptionalString(a, "tel2"),
                Json.OptionalString(a, "zipCode"),
                Json.OptionalString(a, "baseAddress"),
                Json.OptionalString(a, "detailedAddress"))
            : null;
        var delivery = Json.Property(content, "delivery") is { ValueKind: JsonValueKind.Object } d
            ? new DeliveryInfo(
                Json.OptionalString(d, "deliveryCompany"),
                Json.OptionalString(d, "trackingNumber"),
                Json.OptionalString(d, "deliveryMethod"),
                Json.OptionalString(d, "deliveryStatus"),
                Json.OptionalDate(d, "sendDate"),
                Json.OptionalDate(d, "deliveredDate"))
            : null;

        return new ProductOrder(
            Json.RequiredString(productOrder, "productOrderId"),
            Json.RequiredString(order, "orderId"),
            Json.RequiredString(productOrder, "productOrderStatus"),
            Json.OptionalString(productOrder, "placeOrderStatus"),
            Json.OptionalString(productOrder, "claimType"),
            Json.OptionalString(productOrder, "claimStatus"),
            Json.OptionalDate(order, "orderDate"),
            Json.OptionalDate(order, "paymentDate"),
            Json.OptionalString(productOrder, "sellerProductCode"),
            Json.OptionalString(productOrder, "productName"),
            Json.OptionalString(productOrder, "productOption"),
            checked((int)Json.OptionalLong(productOrder, "quantity")),
            Json.OptionalLong(productOrder, "totalPaymentAmount"),
            address,
            delivery,
            Json.OptionalString(productOrder, "giftReceivingStatus"),
            Json.OptionalDate(productOrder, "shippingDueDate"),
            Json.OptionalString(productOrder, "delayedDispatchReason"));
    }

    /// <summary>Reads a gateway or API error body; falls back to the HTTP status when the body is not JSON.</summary>
    public static SmartStoreError ParseError(int status, string body, string? headerTraceId)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var code = Json.OptionalString(root, "code");
            if (code is not null)
            {
                return new SmartStoreError(
                    status,
                    code,
                    Json.OptionalString(root, "message") ?? string.Empty,
                    Json.OptionalString(root, "traceId") ?? headerTraceId);
            }
        }
        catch (Exception ex) when (ex is JsonException or MalformedResponseException)
        {
            // Not a Naver error body (e.g. a proxy's HTML page): described by the status below.
        }

        return new SmartStoreError(status, $"HTTP_{status}", Truncate(body), headerTraceId);
    }

    private static List<ProductOrderFailure> ParseFailures(JsonElement data) =>
        Json.OptionalArray(data, "failProductOrderInfos").Select(item => new ProductOrderFailure(
            Json.RequiredString(item, "productOrderId"),
            Json.OptionalString(item, "code") ?? "UNKNOWN",
            Json.OptionalString(item, "message") ?? string.Empty)).ToList();

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200];
}
