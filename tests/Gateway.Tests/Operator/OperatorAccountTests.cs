using System.Net;
using System.Net.Http.Json;
using System.Text;
using Infrastructure.Accounts;
using WebGateway.Contracts.Operator;

namespace Gateway.Tests.Operator;

[Collection(GatewayCollection.Name)]
public sealed class OperatorAccountTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheOperatorCreatesASellerThatCanLogIn()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var sellerId = fixture.NewLoginId("seller");

        using var response = await op.Http.PostAsJsonAsync("/api/operator/sellers", new { sellerId, password = "seller-password-1", name = "  가게 '; DROP TABLE accounts; --  " });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/operator/sellers/{sellerId}", response.Headers.Location?.ToString());
        var created = await response.Content.ReadFromJsonAsync<CreatedSellerDto>(Json.Options);
        Assert.Equal(new CreatedSellerDto(sellerId, "가게 '; DROP TABLE accounts; --"), created);
        var token = await fixture.LoginAsync(sellerId, "seller-password-1");
        Assert.Equal(AccountRole.Seller, token.Role);
        Assert.Equal(sellerId, token.SellerId);
    }

    [Fact]
    public async Task TheOperatorCreatesASupplierAndListsIt()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var supplierId = fixture.NewLoginId("supplier");

        using var response = await op.Http.PostAsJsonAsync("/api/operator/suppliers", new { supplierId, password = "supplier-password-1", name = "공급사" });
        var one = await op.Http.GetFromJsonAsync<SupplierAccountDto>($"/api/operator/suppliers/{supplierId}", Json.Options);
        var list = await op.Http.GetFromJsonAsync<SupplierListDto>($"/api/operator/suppliers?after={supplierId[..^1]}&limit=500", Json.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(supplierId, one!.SupplierId);
        Assert.False(one.Disabled);
        Assert.Contains(list!.Suppliers, s => s.SupplierId == supplierId && s.Name == "공급사");
        Assert.Equal(AccountRole.Supplier, (await fixture.LoginAsync(supplierId, "supplier-password-1")).Role);
    }

    [Fact]
    public async Task ATakenIdIs409WhateverRoleHasIt()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);

        using var asSeller = await op.Http.PostAsJsonAsync("/api/operator/sellers", new { sellerId = supplierId, password = "password-123", name = "x" });
        using var asOperatorId = await op.Http.PostAsJsonAsync("/api/operator/suppliers", new { supplierId = GatewayFixture.OperatorLoginId, password = "password-123", name = "x" });

        var problem = await Problem.AssertAsync(asSeller, HttpStatusCode.Conflict);
        Assert.Equal("LoginIdTaken", problem.Extensions["code"]?.ToString());
        await Problem.AssertAsync(asOperatorId, HttpStatusCode.Conflict);
        Assert.Equal(AccountRole.Supplier, (await fixture.Accounts.FindAsync(supplierId))!.Role);
    }

    [Theory]
    [InlineData("{\"sellerId\": \"AB\", \"password\": \"password-123\", \"name\": \"x\"}", "sellerId")]
    [InlineData("{\"sellerId\": \"Upper-Case\", \"password\": \"password-123\", \"name\": \"x\"}", "sellerId")]
    [InlineData("{\"sellerId\": \"x' OR '1'='1\", \"password\": \"password-123\", \"name\": \"x\"}", "sellerId")]
    [InlineData("{\"sellerId\": \"ok-id-1\", \"password\": \"short\", \"name\": \"x\"}", "password")]
    [InlineData("{\"sellerId\": \"ok-id-1\", \"password\": \"password-123\", \"name\": \"   \"}", "name")]
    [InlineData("{\"sellerId\": \"ok-id-1\", \"password\": \"password-123\", \"name\": \"a\\u0000b\"}", "name")]
    [InlineData("{\"sellerId\": \"ok-id-1\", \"password\": \"password-123\"}", "name")]
    [InlineData("null", "body")]
    public async Task BadSellerFieldsAre400NamingTheField(string body, string field)
    {
        using var op = await TestTokens.OperatorAsync(fixture);

        using var response = await op.Http.PostAsync(new Uri("/api/operator/sellers", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await fixture.Accounts.FindAsync("ok-id-1"));
    }

    [Fact]
    public async Task ALongNameOrAHugeBodyIsRefused()
    {
        using var op = await TestTokens.OperatorAsync(fixture);

        using var longName = await op.Http.PostAsJsonAsync("/api/operator/suppliers", new { supplierId = fixture.NewLoginId("s"), password = "password-123", name = new string('가', 101) });
        using var hugeBody = await OversizedBody.SendAsync(op.Http, HttpMethod.Post, "/api/operator/suppliers", OversizedBody.Json("name"));

        await Problem.AssertAsync(longName, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(hugeBody, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task DisablingAnAccountStopsItsTokenAndEnablingLetsItLogInAgain()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        using var seller = await TestTokens.UserAsync(fixture, AccountRole.Seller);

        using var disabled = await op.Http.PatchAsJsonAsync($"/api/operator/accounts/{seller.LoginId}", new { disabled = true });
        using var meWhileDisabled = await seller.Http.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        using var enabled = await op.Http.PatchAsJsonAsync($"/api/operator/accounts/{seller.LoginId}", new { disabled = false });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.Content.ReadFromJsonAsync<AccountDto>(Json.Options))!.Disabled);
        await Problem.AssertAsync(meWhileDisabled, HttpStatusCode.Unauthorized);
        Assert.False((await enabled.Content.ReadFromJsonAsync<AccountDto>(Json.Options))!.Disabled);
        Assert.Equal(AccountRole.Seller, (await fixture.LoginAsync(seller.LoginId, seller.Password)).Role);
    }

    [Fact]
    public async Task TheOperatorCannotDisableItselfAndUnknownAccountsAre404()
    {
        using var op = await TestTokens.OperatorAsync(fixture);

        using var self = await op.Http.PatchAsJsonAsync($"/api/operator/accounts/{GatewayFixture.OperatorLoginId}", new { disabled = true });
        using var unknown = await op.Http.PatchAsJsonAsync("/api/operator/accounts/nobody-here-1", new { disabled = true });
        using var malformed = await op.Http.PatchAsJsonAsync($"/api/operator/accounts/{Uri.EscapeDataString("x' OR 1=1")}", new { disabled = true });
        using var noValue = await op.Http.PatchAsJsonAsync($"/api/operator/accounts/{GatewayFixture.OperatorLoginId}", new { });

        var problem = await Problem.AssertAsync(self, HttpStatusCode.Conflict);
        Assert.Equal("CannotDisableSelf", problem.Extensions["code"]?.ToString());
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
        await Problem.AssertAsync(malformed, HttpStatusCode.NotFound);
        await Problem.AssertAsync(noValue, HttpStatusCode.BadRequest);
        Assert.False((await fixture.Accounts.FindAsync(GatewayFixture.OperatorLoginId))!.Disabled);
    }

    [Theory]
    [InlineData(AccountRole.Seller)]
    [InlineData(AccountRole.Supplier)]
    public async Task OtherRolesAre403OnOperatorPathsAndNoTokenIs401(string role)
    {
        using var user = await TestTokens.UserAsync(fixture, role);
        using var anonymous = fixture.Gateway.Anonymous();

        using var create = await user.Http.PostAsJsonAsync("/api/operator/sellers", new { sellerId = fixture.NewLoginId("x"), password = "password-123", name = "x" });
        using var products = await user.Http.GetAsync(new Uri("/api/operator/products", UriKind.Relative));
        using var points = await user.Http.PostAsJsonAsync($"/api/operator/sellers/{user.LoginId}/points", new { amount = 1000 });
        using var patch = await user.Http.PatchAsJsonAsync($"/api/operator/accounts/{user.LoginId}", new { disabled = false });
        using var noToken = await anonymous.GetAsync(new Uri("/api/operator/sellers", UriKind.Relative));

        await Problem.AssertAsync(create, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(products, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(points, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(patch, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(noToken, HttpStatusCode.Unauthorized);
    }
}
