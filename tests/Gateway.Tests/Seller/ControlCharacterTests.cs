using System.Net;
using WebGateway.Contracts;

namespace Gateway.Tests.Seller;

/// <summary>
/// Control characters (a NUL above all, which PostgreSQL text cannot hold) in any text a seller sends are a 400
/// naming the field, checked before a grain sees them.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class ControlCharacterTests(GatewayFixture fixture)
{
    private const string Recipient = """ "recipient": {"name": "홍길동", "phone": "010-1234-5678", "zipCode": "06236", "address": "서울특별시 강남구"} """;

    public static TheoryData<string, string, string, string> Bodies { get; } = new()
    {
        { "POST", "/api/seller/manual-orders", """{"requestId": "nul-1", "productCode": "CH_CODE", "optionId": "opt-1", "quantity": 1, "recipient": {"name": "홍\u0000길동", "phone": "010-1234-5678", "zipCode": "06236", "address": "서울"}}""", "recipient.name" },
        { "POST", "/api/seller/manual-orders", """{"requestId": "nul-2", "productCode": "CH_CODE", "optionId": "opt-1", "quantity": 1, "recipient": {"name": "홍길동", "phone": "010-1234-5678", "zipCode": "06236", "address": "서울\u0000강남"}}""", "recipient.address" },
        { "POST", "/api/seller/manual-orders", """{"requestId": "nul-3", "productCode": "CH_CODE", "optionId": "opt-1", "quantity": 1, "memo": "문 앞\u0000", """ + Recipient + "}", "memo" },
        { "POST", "/api/seller/manual-orders", """{"requestId": "nul-4", "productCode": "CH_CODE", "optionId": "opt\u00001", "quantity": 1, """ + Recipient + "}", "optionId" },
        { "PUT", "/api/seller/smartstore-account", """{"mode": "solution", "accountId": "shop\u0000"}""", "accountId" },
        { "PUT", "/api/seller/smartstore-account", """{"mode": "own", "clientId": "app\u0000id", "clientSecret": "secret"}""", "clientId" },
        { "PUT", "/api/seller/smartstore-account", """{"mode": "own", "clientId": "appid", "clientSecret": "se\u0000cret"}""", "clientSecret" },
        { "POST", "/api/seller/orders/2025010100000001/dispatch-delay", """{"dispatchDueDate": "DUE", "reason": "ETC", "detail": "입고\u0000지연"}""", "detail" },
        { "PUT", "/api/seller/orders/2025010100000001/option", """{"optionId": "opt\u00001"}""", "optionId" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task ANulInAnyTextFieldIs400NamingIt(string method, string path, string body, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        await seller.TopUpAsync(100_000);
        var json = body.Replace("CH_CODE", product.Code, StringComparison.Ordinal)
            .Replace("DUE", DateTimeOffset.UtcNow.AddDays(3).ToString("O"), StringComparison.Ordinal);

        using var response = await seller.SendRawAsync(new HttpMethod(method), path, json);

        await SellerAssert.InvalidAsync(response, field);
        Assert.Equal(100_000, await seller.BalanceAsync());
        using var list = await seller.GetAsync("/api/seller/orders");
        Assert.Empty(await SellerAssert.OkAsync<List<OrderDto>>(list));
    }

    [Fact]
    public async Task ARegisteredAccountIsNotReplacedByOneWithANul()
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var refused = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/smartstore-account", """{"mode": "solution", "accountId": "x\u0000"}""");
        using var stored = await seller.GetAsync("/api/seller/smartstore-account");

        await SellerAssert.InvalidAsync(refused, "accountId");
        Assert.Contains(seller.AccountId, await stored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }
}
