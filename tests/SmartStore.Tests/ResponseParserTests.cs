using System.Text.Json;
using SmartStore.Internal;

namespace SmartStore.Tests;

public sealed class ResponseParserTests
{
    [Theory]
    [InlineData("""{"data":[{"order":{"orderId":"1"},"productOrder":{"productOrderStatus":"PAYED"}}]}""")]
    [InlineData("""{"data":[{"order":{},"productOrder":{"productOrderId":"1","productOrderStatus":"PAYED"}}]}""")]
    [InlineData("""{"data":{"contents":[]}}""")]
    [InlineData("""{"timestamp":"2026-01-01T00:00:00.000+09:00"}""")]
    [InlineData("""{"data":[{"order":{"orderId":"1","paymentDate":"yesterday"},"productOrder":{"productOrderId":"2","productOrderStatus":"PAYED"}}]}""")]
    public void AQueryAnswerMissingARequiredFieldIsMalformed(string body) =>
        Assert.Throws<MalformedResponseException>(() => ResponseParser.ParseQuery(Parse(body)));

    [Theory]
    [InlineData("""{"data":{"count":2}}""")]
    [InlineData("""{"data":{"count":1,"lastChangeStatuses":[{"productOrderId":"1"}]}}""")]
    [InlineData("""{"data":{"count":1,"lastChangeStatuses":[{"lastChangedDate":"2026-01-01T00:00:00.000+09:00"}]}}""")]
    [InlineData("""{"data":{"count":1,"lastChangeStatuses":[{"productOrderId":"1","lastChangedDate":"2026-01-01T00:00:00.000+09:00"}],"more":{"moreFrom":"2026-01-01T00:00:00.000+09:00"}}}""")]
    [InlineData("""{"data":"none"}""")]
    public void AChangeListMissingARequiredFieldIsMalformed(string body) =>
        Assert.Throws<MalformedResponseException>(() => ResponseParser.ParseChangedStatuses(Parse(body)));

    [Fact]
    public void AChangeWindowWithoutDataHasNoChanges()
    {
        var (items, more) = ResponseParser.ParseChangedStatuses(Parse("""{"timestamp":"2026-01-01T00:00:00.000+09:00","traceId":"t"}"""));

        Assert.Empty(items);
        Assert.Null(more);
    }

    [Theory]
    [InlineData("""{"timestamp":"2026-01-01T00:00:00.123+09:00","traceId":"t"}""", "2025-12-31T15:00:00.1230000+00:00")]
    [InlineData("""{"traceId":"t"}""", null)]
    [InlineData("""{"timestamp":"yesterday"}""", null)]
    [InlineData("""{"timestamp":1767193200000}""", null)]
    public void TheServerTimeIsTheEnvelopesTimestampOrNull(string body, string? expected) =>
        Assert.Equal(expected, ResponseParser.ParseServerTime(Parse(body))?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AChangeKeepsTheAddressFlagAndTheClaimFields()
    {
        var (items, _) = ResponseParser.ParseChangedStatuses(Parse("""
            {"data":{"count":1,"lastChangeStatuses":[{"productOrderId":"1","lastChangedType":"CLAIM_REQUESTED","lastChangedDate":"2026-01-01T00:00:00.000+09:00",
              "productOrderStatus":"PAYED","claimType":"CANCEL","claimStatus":"CANCEL_REQUEST","receiverAddressChanged":true}]}}
            """));

        var item = Assert.Single(items);
        Assert.Equal(("CLAIM_REQUESTED", "CANCEL", "CANCEL_REQUEST", true), (item.LastChangedType, item.ClaimType, item.ClaimStatus, item.ReceiverAddressChanged));
    }

    [Fact]
    public void NumericIdsKeepEveryDigit()
    {
        var (items, _) = ResponseParser.ParseChangedStatuses(Parse("""{"data":{"count":1,"lastChangeStatuses":[{"productOrderId":2022051122443341123,"lastChangedDate":"2026-01-01T00:00:00.000+09:00"}]}}"""));

        Assert.Equal("2022051122443341123", Assert.Single(items).ProductOrderId);
    }

    [Theory]
    [InlineData(500, "<html>Bad gateway</html>", "HTTP_500")]
    [InlineData(429, """{"code":"GW.RATE_LIMIT","message":"m","traceId":"body-trace"}""", "GW.RATE_LIMIT")]
    [InlineData(400, """{"code":104139,"message":"m"}""", "104139")]
    public void ErrorBodiesBecomeTypedErrors(int status, string body, string code)
    {
        var error = ResponseParser.ParseError(status, body, "header-trace");

        Assert.Equal((status, code), (error.HttpStatus, error.Code));
        Assert.NotNull(error.TraceId);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
