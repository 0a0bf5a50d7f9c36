using System.Net;
using System.Net.Http.Json;
using System.Text;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;
using WebGateway.Contracts.Operator;

namespace Gateway.Tests.Operator;

[Collection(GatewayCollection.Name)]
public sealed class OperatorSellerTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ATopUpAnswersTheBalanceAndTheSameRequestIdTopsUpOnce()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (sellerId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);
        var requestId = "req-" + Guid.NewGuid().ToString("N");

        using var first = await op.Http.PostAsJsonAsync($"/api/operator/sellers/{sellerId}/points", new { amount = 50_000, memo = "입금 확인", requestId });
        using var retried = await op.Http.PostAsJsonAsync($"/api/operator/sellers/{sellerId}/points", new { amount = 50_000, memo = "입금 확인", requestId });
        using var another = await op.Http.PostAsJsonAsync($"/api/operator/sellers/{sellerId}/points", new { amount = 1_000 });

        Assert.Equal(50_000, (await first.Content.ReadFromJsonAsync<TopUpDto>(Json.Options))!.Balance);
        Assert.Equal(new TopUpDto(50_000, requestId), await retried.Content.ReadFromJsonAsync<TopUpDto>(Json.Options));
        var generated = await another.Content.ReadFromJsonAsync<TopUpDto>(Json.Options);
        Assert.Equal(51_000, generated!.Balance);
        Assert.False(string.IsNullOrEmpty(generated.RequestId));
        Assert.Equal(51_000, await fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).GetBalanceAsync());
    }

    [Fact]
    public async Task ARequestIdReusedForAnotherAmountIs409AndPostsNothing()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (sellerId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);
        var requestId = "req-" + Guid.NewGuid().ToString("N");

        using var first = await op.Http.PostAsJsonAsync($"/api/operator/sellers/{sellerId}/points", new { amount = 30_000, requestId });
        using var reused = await op.Http.PostAsJsonAsync($"/api/operator/sellers/{sellerId}/points", new { amount = 50_000, requestId });
        using var same = await op.Http.PostAsJsonAsync($"/api/operator/sellers/{sellerId}/points", new { amount = 30_000, requestId });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await Problem.AssertAsync(reused, HttpStatusCode.Conflict);
        Assert.Equal("RequestIdReused", problem.Extensions["code"]?.ToString());
        Assert.Equal(new TopUpDto(30_000, requestId), await same.Content.ReadFromJsonAsync<TopUpDto>(Json.Options));
        Assert.Equal(30_000, await fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).GetBalanceAsync());
    }

    [Theory]
    [InlineData("/api/operator/sellers?limit=abc", "limit")]
    [InlineData("/api/operator/suppliers?limit=1.5", "limit")]
    [InlineData("/api/operator/products?limit=abc", "limit")]
    [InlineData("/api/operator/products?q=a%00b", "q")]
    public async Task ABadListQueryIs400NamingTheField(string path, string field)
    {
        using var op = await TestTokens.OperatorAsync(fixture);

        using var response = await op.Http.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"amount\": 0}", "amount")]
    [InlineData("{\"amount\": -5}", "amount")]
    [InlineData("{\"amount\": 10000000001}", "amount")]
    [InlineData("{\"memo\": \"no amount\"}", "amount")]
    [InlineData("{\"amount\": 1000, \"requestId\": \"x' OR '1'='1\"}", "requestId")]
    [InlineData("{\"amount\": 1000, \"requestId\": \"\"}", "requestId")]
    [InlineData("{\"amount\": 1000, \"memo\": \"a\\u0000b\"}", "memo")]
    [InlineData("null", "body")]
    public async Task BadTopUpsAre400AndChangeNothing(string body, string field)
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (sellerId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);

        using var response = await op.Http.PostAsync(new Uri($"/api/operator/sellers/{sellerId}/points", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).GetBalanceAsync());
    }

    [Fact]
    public async Task TopUpsOfUnknownSellersAndOfSuppliersAre404()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);

        using var unknown = await op.Http.PostAsJsonAsync("/api/operator/sellers/nobody-at-all/points", new { amount = 1000 });
        using var supplier = await op.Http.PostAsJsonAsync($"/api/operator/sellers/{supplierId}/points", new { amount = 1000 });

        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
        await Problem.AssertAsync(supplier, HttpStatusCode.NotFound);
        Assert.Equal(0, await fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(supplierId)).GetBalanceAsync());
    }

    [Fact]
    public async Task TheSellerListShowsBalanceSmartStoreSettingsAndSync()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (sellerId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);
        var accountId = await fixture.Simulator.CreateSellerAsync();
        var seller = fixture.Grains.GetSeller(sellerId);
        Assert.True((await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null))).Accepted);
        Assert.True((await seller.CollectAsync()).Succeeded);
        await fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).TopUpAsync("list-" + sellerId, 7_000, null);

        var list = await op.Http.GetFromJsonAsync<SellerListDto>($"/api/operator/sellers?after={sellerId[..^1]}&limit=500", Json.Options);
        var one = await op.Http.GetFromJsonAsync<SellerOverviewDto>($"/api/operator/sellers/{sellerId}", Json.Options);

        var listed = Assert.Single(list!.Sellers, s => s.SellerId == sellerId);
        Assert.Equal(one, listed with { Sync = one!.Sync });
        Assert.Equal(7_000, one.Balance);
        Assert.Equal(new SellerSmartStoreDto("solution", accountId, one.SmartStore!.VerifiedAt), one.SmartStore);
        Assert.Equal(new WebGateway.Contracts.SettingsDto(false, false), one.Settings);
        Assert.NotNull(one.Sync.LastSucceededAt);
        Assert.InRange(one.Sync.LagSeconds!.Value, 0, 600);
        Assert.Null(one.Sync.LastErrorCode);
        Assert.False(one.Sync.Failing);
    }

    [Fact]
    public async Task AnOwnApplicationSellerIsListedAsOwnAndAnErrorStopsFailingOnceARunSucceeds()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (sellerId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);
        var accountId = await fixture.Simulator.CreateSellerAsync();
        var (clientId, clientSecret) = await fixture.Simulator.CreateApplicationAsync(ownerAccountId: accountId);
        var seller = fixture.Grains.GetSeller(sellerId);
        Assert.True((await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Own, null, clientId, clientSecret))).Accepted);

        await fixture.Simulator.InjectErrorAsync(clientId, "product-orders", 403, "GW.IP_NOT_ALLOWED", count: 1);
        Assert.False((await seller.CollectAsync()).Succeeded);
        using (var failed = await op.Http.GetAsync(new Uri($"/api/operator/sellers/{sellerId}", UriKind.Relative)))
        {
            var json = await failed.Content.ReadAsStringAsync();
            Assert.Contains("\"mode\":\"own\"", json, StringComparison.Ordinal);
            var overview = System.Text.Json.JsonSerializer.Deserialize<SellerOverviewDto>(json, Json.Options)!;
            Assert.True(overview.Sync.Failing);
            Assert.Equal("GW.IP_NOT_ALLOWED", overview.Sync.LastErrorCode);
        }

        Assert.True((await seller.CollectAsync()).Succeeded);
        var recovered = await op.Http.GetFromJsonAsync<SellerOverviewDto>($"/api/operator/sellers/{sellerId}", Json.Options);
        Assert.False(recovered!.Sync.Failing);
        Assert.Equal("GW.IP_NOT_ALLOWED", recovered.Sync.LastErrorCode);
        Assert.NotNull(recovered.Sync.LastSucceededAt);
    }

    [Fact]
    public async Task SellerPagesFollowEachOtherAndBadPagingIs400()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        await fixture.CreateAccountAsync(AccountRole.Seller);
        await fixture.CreateAccountAsync(AccountRole.Seller);

        var first = await op.Http.GetFromJsonAsync<SellerListDto>("/api/operator/sellers?limit=1", Json.Options);
        var second = await op.Http.GetFromJsonAsync<SellerListDto>($"/api/operator/sellers?limit=1&after={first!.NextAfter}", Json.Options);
        using var zero = await op.Http.GetAsync(new Uri("/api/operator/sellers?limit=0", UriKind.Relative));
        using var tooMany = await op.Http.GetAsync(new Uri("/api/operator/sellers?limit=501", UriKind.Relative));
        using var hostile = await op.Http.GetAsync(new Uri($"/api/operator/sellers?after={Uri.EscapeDataString("' OR 1=1 --")}", UriKind.Relative));
        using var unknown = await op.Http.GetAsync(new Uri("/api/operator/sellers/nobody-at-all", UriKind.Relative));

        Assert.True(string.CompareOrdinal(Assert.Single(first.Sellers).SellerId, Assert.Single(second!.Sellers).SellerId) < 0);
        await Problem.AssertAsync(zero, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(tooMany, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(hostile, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
    }
}
