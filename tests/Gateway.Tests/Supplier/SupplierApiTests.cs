using System.Net;
using System.Net.Http.Json;
using System.Text;
using Grains.Interfaces.Orders;
using Gateway.Tests.Operator;
using Infrastructure.Accounts;
using WebGateway.Contracts;
using WebGateway.Contracts.Supplier;

namespace Gateway.Tests.Supplier;

[Collection(GatewayCollection.Name)]
public sealed class SupplierApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ASupplierSeesItsPlacedOrderWithoutTheSellersPrices()
    {
        var scenario = await PlacedOrderScenario.CreateAsync(fixture);
        using var supplier = scenario.Supplier;

        var orders = await supplier.Http.GetFromJsonAsync<List<SupplierOrderDto>>("/api/supplier/orders", Json.Options);
        var ordered = await supplier.Http.GetFromJsonAsync<List<SupplierOrderDto>>("/api/supplier/orders?status=ordered", Json.Options);
        var delivered = await supplier.Http.GetFromJsonAsync<List<SupplierOrderDto>>("/api/supplier/orders?status=Delivered", Json.Options);
        var raw = await supplier.Http.GetStringAsync(new Uri("/api/supplier/orders", UriKind.Relative));

        var order = Assert.Single(orders!);
        Assert.Equal(scenario.OnchOrderNo, order.OnchOrderNo);
        Assert.Equal(scenario.ProductCode, order.ProductCode);
        Assert.Equal(OrderStatus.Ordered, order.Status);
        Assert.Null(order.Tracking);
        Assert.Single(ordered!);
        Assert.Empty(delivered!);
        Assert.DoesNotContain("amount", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(scenario.SellerId, raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageHasCountsAndACursorThatWalksTheOrders()
    {
        var first = await PlacedOrderScenario.CreateAsync(fixture);
        using var supplier = first.Supplier;
        var second = await PlacedOrderScenario.CreateAsync(fixture, supplier);

        var page1 = await supplier.Http.GetFromJsonAsync<SupplierOrderPageDto>("/api/supplier/orders/page?pageSize=1", Json.Options);
        var page2 = await supplier.Http.GetFromJsonAsync<SupplierOrderPageDto>($"/api/supplier/orders/page?pageSize=1&cursor={page1!.NextCursor}", Json.Options);

        Assert.Equal(2, page1.Counts[OrderStatus.Ordered]);
        Assert.NotNull(page1.NextCursor);
        var seen = new[] { Assert.Single(page1.Orders).OnchOrderNo, Assert.Single(page2!.Orders).OnchOrderNo };
        Assert.Equal(new[] { first.OnchOrderNo, second.OnchOrderNo }.Order(), seen.Order());
    }

    [Fact]
    public async Task EnteringTrackingAndMarkingDeliveredAnswerTheOrderAfterIt()
    {
        var scenario = await PlacedOrderScenario.CreateAsync(fixture);
        using var supplier = scenario.Supplier;

        using var tracked = await supplier.Http.PutAsJsonAsync($"/api/supplier/orders/{scenario.OnchOrderNo}/tracking", new { deliveryCompanyCode = "CJGLS", trackingNumber = " 123456789012 " });
        var afterTracking = await tracked.Content.ReadFromJsonAsync<SupplierOrderDto>(Json.Options);
        using var delivered = await supplier.Http.PostAsync(new Uri($"/api/supplier/orders/{scenario.OnchOrderNo}/delivered", UriKind.Relative), null);
        var afterDelivery = await delivered.Content.ReadFromJsonAsync<SupplierOrderDto>(Json.Options);
        using var again = await supplier.Http.PostAsync(new Uri($"/api/supplier/orders/{scenario.OnchOrderNo}/delivered", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        Assert.Equal(new TrackingDto("CJGLS", "123456789012"), afterTracking!.Tracking);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(OrderStatus.Delivered, afterDelivery!.Status);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = await fixture.ReadModel.FindByOnchOrderNoAsync(scenario.OnchOrderNo);
        Assert.Equal(new Tracking("CJGLS", "123456789012"), stored!.OnchTracking);
        Assert.Equal(OrderStatus.Delivered, stored.Status);
    }

    [Fact]
    public async Task AnotherSuppliersOrderIs403AndUnknownNumbersAre404()
    {
        var scenario = await PlacedOrderScenario.CreateAsync(fixture);
        using var owner = scenario.Supplier;
        using var other = await TestTokens.UserAsync(fixture, AccountRole.Supplier);
        var body = new { deliveryCompanyCode = "HANJIN", trackingNumber = "987654321" };

        var list = await other.Http.GetFromJsonAsync<List<SupplierOrderDto>>("/api/supplier/orders", Json.Options);
        using var tracking = await other.Http.PutAsJsonAsync($"/api/supplier/orders/{scenario.OnchOrderNo}/tracking", body);
        using var delivered = await other.Http.PostAsync(new Uri($"/api/supplier/orders/{scenario.OnchOrderNo}/delivered", UriKind.Relative), null);
        using var unknown = await owner.Http.PutAsJsonAsync("/api/supplier/orders/ON2099010199999/tracking", body);
        using var hostile = await owner.Http.PutAsJsonAsync($"/api/supplier/orders/{Uri.EscapeDataString("x' OR '1'='1")}/tracking", body);

        Assert.Empty(list!);
        var a = await Problem.AssertAsync(tracking, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(delivered, HttpStatusCode.Forbidden);
        var b = await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
        await Problem.AssertAsync(hostile, HttpStatusCode.NotFound);
        Assert.Equal("다른 공급사의 주문이에요.", a.Detail);
        Assert.Equal("주문을 찾을 수 없어요.", b.Detail);
        Assert.Null((await fixture.ReadModel.FindByOnchOrderNoAsync(scenario.OnchOrderNo))!.OnchTracking);
    }

    [Theory]
    [InlineData("{\"deliveryCompanyCode\": \"NOPE\", \"trackingNumber\": \"123456789\"}", "deliveryCompanyCode")]
    [InlineData("{\"deliveryCompanyCode\": \"CJGLS\", \"trackingNumber\": \"\"}", "trackingNumber")]
    [InlineData("{\"deliveryCompanyCode\": \"CJGLS\", \"trackingNumber\": \"12345\"}", "trackingNumber")]
    [InlineData("{\"deliveryCompanyCode\": \"CJGLS\", \"trackingNumber\": \"1234567890123456789012345678901\"}", "trackingNumber")]
    [InlineData("{\"deliveryCompanyCode\": \"CJGLS\", \"trackingNumber\": \"1234'; DROP TABLE order_read; --\"}", "trackingNumber")]
    [InlineData("{\"trackingNumber\": \"123456789\"}", "deliveryCompanyCode")]
    public async Task BadTrackingIs400NamingTheField(string body, string field)
    {
        using var supplier = await TestTokens.UserAsync(fixture, AccountRole.Supplier);

        using var response = await supplier.Http.PutAsync(new Uri("/api/supplier/orders/ON2024010100001/tracking", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/supplier/orders?status=Nope")]
    [InlineData("/api/supplier/orders?status=3")]
    [InlineData("/api/supplier/orders?pageSize=0")]
    [InlineData("/api/supplier/orders?pageSize=501")]
    [InlineData("/api/supplier/orders?pageSize=abc")]
    [InlineData("/api/supplier/orders/page?cursor=not-a-cursor")]
    [InlineData("/api/supplier/orders/page?cursor=%27%3B%20DROP%20TABLE%20x")]
    public async Task BadListQueriesAre400(string path)
    {
        using var supplier = await TestTokens.UserAsync(fixture, AccountRole.Supplier);

        using var response = await supplier.Http.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task NullAndHugeTrackingBodiesAreRefusedWithoutA500()
    {
        using var supplier = await TestTokens.UserAsync(fixture, AccountRole.Supplier);

        using var nullBody = await supplier.Http.PutAsync(new Uri("/api/supplier/orders/ON2024010100001/tracking", UriKind.Relative), new StringContent("null", Encoding.UTF8, "application/json"));
        using var hugeBody = await OversizedBody.SendAsync(supplier.Http, HttpMethod.Put, "/api/supplier/orders/ON2024010100001/tracking", OversizedBody.Json("deliveryCompanyCode"));

        await Problem.AssertAsync(nullBody, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(hugeBody, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task TrackingForAnOrderTheBuyerCanceledIs409()
    {
        var scenario = await PlacedOrderScenario.CreateAsync(fixture);
        using var supplier = scenario.Supplier;
        var canceled = await fixture.Grains.GetGrain<IOrderGrain>(OrderKey.For(scenario.ProductOrderId)).CancelAsync();
        Assert.True(canceled.Succeeded, $"cancel refused: {canceled.Error}");

        using var response = await supplier.Http.PutAsJsonAsync($"/api/supplier/orders/{scenario.OnchOrderNo}/tracking", new { deliveryCompanyCode = "EPOST", trackingNumber = "6000000000000" });

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(nameof(TransitionErrorCode.NotAllowedInCurrentState), problem.Extensions["code"]?.ToString());
    }

    [Fact]
    public async Task TheCarriersAreSmartStoresCodesWithKoreanNames()
    {
        using var supplier = await TestTokens.UserAsync(fixture, AccountRole.Supplier);

        var carriers = await supplier.Http.GetFromJsonAsync<List<CarrierDto>>("/api/supplier/carriers", Json.Options);

        Assert.Contains(new CarrierDto("HYUNDAI", "롯데택배"), carriers!);
        Assert.Equal(CarrierCodes.Known.Count, carriers!.Count);
    }

    [Theory]
    [InlineData(AccountRole.Operator)]
    [InlineData(AccountRole.Seller)]
    public async Task OtherRolesAre403AndNoTokenIs401(string role)
    {
        using var user = role == AccountRole.Operator ? await TestTokens.OperatorAsync(fixture) : await TestTokens.UserAsync(fixture, role);
        using var anonymous = fixture.Gateway.Anonymous();

        using var list = await user.Http.GetAsync(new Uri("/api/supplier/orders", UriKind.Relative));
        using var tracking = await user.Http.PutAsJsonAsync("/api/supplier/orders/ON2024010100001/tracking", new { deliveryCompanyCode = "CJGLS", trackingNumber = "123456789" });
        using var noToken = await anonymous.GetAsync(new Uri("/api/supplier/carriers", UriKind.Relative));

        await Problem.AssertAsync(list, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(tracking, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(noToken, HttpStatusCode.Unauthorized);
    }
}
