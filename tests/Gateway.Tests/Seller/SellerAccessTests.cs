using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Infrastructure.Accounts;

namespace Gateway.Tests.Seller;

/// <summary>Every seller path needs a seller token: none is 401, an operator's or a supplier's is 403.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SellerAccessTests(GatewayFixture fixture)
{
    public static TheoryData<string, string> Endpoints { get; } = new()
    {
        { "PUT", "/api/seller/smartstore-account" },
        { "GET", "/api/seller/smartstore-account" },
        { "GET", "/api/seller/settings" },
        { "PUT", "/api/seller/settings" },
        { "POST", "/api/seller/collect" },
        { "GET", "/api/seller/sync" },
        { "GET", "/api/seller/auto-order-policy" },
        { "PUT", "/api/seller/auto-order-policy" },
        { "GET", "/api/seller/orders" },
        { "GET", "/api/seller/orders/page" },
        { "GET", "/api/seller/orders/2025010100000001" },
        { "POST", "/api/seller/orders/place" },
        { "PUT", "/api/seller/orders/2025010100000001/option" },
        { "DELETE", "/api/seller/orders/2025010100000001" },
        { "PUT", "/api/seller/orders/2025010100000001/smartstore-tracking" },
        { "PUT", "/api/seller/orders/2025010100000001/smartstore-tracking/recorded" },
        { "POST", "/api/seller/orders/2025010100000001/dispatch-delay" },
        { "POST", "/api/seller/sale-applications/apply-all" },
        { "POST", "/api/seller/sale-applications" },
        { "GET", "/api/seller/sale-applications" },
        { "GET", "/api/seller/products/CH0000001" },
        { "POST", "/api/seller/manual-orders" },
        { "GET", "/api/seller/points" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task WithoutATokenEverySellerPathIs401(string method, string path)
    {
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.SendAsync(Request(method, path));

        await SellerAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AnOperatorOrSupplierTokenIs403OnEverySellerPath(string method, string path)
    {
        using var operatorUser = await SellerSession.SignedInAsync(fixture, AccountRole.Operator);
        using var supplier = await SellerSession.SignedInAsync(fixture, AccountRole.Supplier);

        foreach (var user in new[] { operatorUser, supplier })
        {
            using var response = await user.Http.SendAsync(Request(method, path));
            await SellerAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEverySellerPath()
    {
        using var http = fixture.Gateway.Anonymous();

        var document = await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var path in Endpoints.Select(row => (string)row[1]).Distinct(StringComparer.Ordinal))
        {
            var template = Regex.Replace(path, @"/2025010100000001", "/{productOrderId}").Replace("/CH0000001", "/{code}", StringComparison.Ordinal);
            Assert.Contains($"\"{template}\"", document, StringComparison.Ordinal);
        }
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };
}
