using System.Net;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>자동 주문 수집/발주 settings, 주문 가져오기, the sync status and the 자동 발주 policy.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SettingsAndSyncTests(GatewayFixture fixture)
{
    [Fact]
    public async Task SettingsStartOffAndAreSavedAndReadBack()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        using (var initial = await seller.GetAsync("/api/seller/settings"))
        {
            Assert.Equal(new SettingsDto(false, false), await SellerAssert.OkAsync<SettingsDto>(initial));
        }

        using var on = await seller.PutAsync("/api/seller/settings", new { autoCollect = true, autoOrder = true });
        Assert.Equal(new SettingsDto(true, true), await SellerAssert.OkAsync<SettingsDto>(on));
        using var off = await seller.PutAsync("/api/seller/settings", new { autoCollect = false, autoOrder = false });
        Assert.Equal(new SettingsDto(false, false), await SellerAssert.OkAsync<SettingsDto>(off));
        using var read = await seller.GetAsync("/api/seller/settings");
        Assert.Equal(new SettingsDto(false, false), await SellerAssert.OkAsync<SettingsDto>(read));
    }

    [Fact]
    public async Task AutoOrderWithoutAutoCollectIs422AndChangesNothing()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        using (var collectOnly = await seller.PutAsync("/api/seller/settings", new { autoCollect = true, autoOrder = false }))
        {
            await SellerAssert.OkAsync(collectOnly);
        }

        using var refused = await seller.PutAsync("/api/seller/settings", new { autoCollect = false, autoOrder = true });

        await SellerAssert.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "AutoOrderNeedsAutoCollect");
        using var read = await seller.GetAsync("/api/seller/settings");
        Assert.Equal(new SettingsDto(true, false), await SellerAssert.OkAsync<SettingsDto>(read));
        using var off = await seller.PutAsync("/api/seller/settings", new { autoCollect = false, autoOrder = false });
        await SellerAssert.OkAsync(off);
    }

    [Theory]
    [InlineData("""{"autoCollect": true}""", "autoOrder")]
    [InlineData("""{"autoOrder": false}""", "autoCollect")]
    [InlineData("{}", "autoCollect")]
    [InlineData("""{"autoCollect": null, "autoOrder": true}""", "autoCollect")]
    public async Task MissingSettingsAre400(string body, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/settings", body);

        await SellerAssert.InvalidAsync(response, field);
    }

    [Theory]
    [InlineData("""{"autoCollect": "yes", "autoOrder": false}""")]
    [InlineData("""{"autoCollect": 1, "autoOrder": 0}""")]
    [InlineData("""{"autoCollect": true, "autoOrder": """)]
    public async Task WrongTypesInSettingsAre400(string body)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/settings", body);

        await SellerAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CollectingWithoutASmartStoreAccountIs422NotRegistered()
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);

        using var response = await seller.PostAsync("/api/seller/collect", null);

        var problem = await SellerAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "NotRegistered");
        Assert.Contains("스마트스토어", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedOwnApplicationMakesCollecting422WithSmartStoresErrorAndTheSyncShowsIt()
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);
        var (clientId, clientSecret) = await fixture.Simulator.CreateApplicationAsync(ownerAccountId: seller.AccountId);
        using (var registered = await seller.PutAsync("/api/seller/smartstore-account", new { mode = "own", clientId, clientSecret }))
        {
            await SellerAssert.OkAsync(registered);
        }

        await fixture.Simulator.InjectErrorAsync(clientId, "token", 403, "GW.FORBIDDEN", 50);
        await fixture.Simulator.RevokeTokensAsync(clientId);
        using var response = await seller.PostAsync("/api/seller/collect", null);

        var problem = await SellerAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var code = SellerAssert.Extension(problem, "code");
        Assert.False(string.IsNullOrEmpty(code));
        using var sync = await seller.GetAsync("/api/seller/sync");
        var status = await SellerAssert.OkAsync<SyncStatusDto>(sync);
        var trace = SellerAssert.Extension(problem, "smartStoreTraceId");
        Assert.StartsWith("sim-", trace, StringComparison.Ordinal);
        Assert.True(status.Failing);
        Assert.Equal(code, status.LastError?.Code);
        Assert.Equal(trace, status.LastError?.TraceId);
    }

    [Fact]
    public async Task CollectingAnswersTheSummaryAndTheSyncStatusShowsTheRun()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        using (var before = await seller.GetAsync("/api/seller/sync"))
        {
            var never = await SellerAssert.OkAsync<SyncStatusDto>(before);
            Assert.True(never.Registered);
            Assert.Null(never.LastRunAt);
            Assert.Null(never.Lag);
            Assert.Null(never.LastError);
        }

        var product = await seller.AddProductAsync(SellerSession.Product(SellerSession.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        await seller.AddOrdersAsync(2, product.Code, "색상: 빨강");
        await seller.AddOrdersAsync(1, product.Code, "색상: 파랑");
        await seller.AddOrdersAsync(1, "not-ours");

        var run = await seller.CollectAsync();
        var again = await seller.CollectAsync();

        Assert.Equal(3, run.Collected);
        Assert.Equal(2, run.Orderable);
        Assert.Equal(1, run.NeedsOption);
        Assert.Equal(1, run.Skipped);
        Assert.Equal(0, again.Collected);
        Assert.Equal(3, again.AlreadyKnown);
        using var sync = await seller.GetAsync("/api/seller/sync");
        var status = await SellerAssert.OkAsync<SyncStatusDto>(sync);
        Assert.True(status.Registered);
        Assert.False(status.AutoCollect);
        Assert.False(status.LastRunAutomatic);
        Assert.NotNull(status.LastRunAt);
        Assert.Equal(status.LastRunAt, status.LastSucceededAt);
        Assert.InRange(status.Lag!.Value, 0, 60);
        Assert.False(status.Failing);
        Assert.Equal(3, status.LastSummary?.AlreadyKnown);
        Assert.Equal(0, status.Owed);
        Assert.Empty(status.Quarantined);
    }

    [Fact]
    public async Task TheAutoOrderPolicyIsSavedNormalizedAndReadBack()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        using (var initial = await seller.GetAsync("/api/seller/auto-order-policy"))
        {
            var policy = await SellerAssert.OkAsync<AutoOrderPolicyDto>(initial);
            Assert.Equal(10, policy.CancellationBufferMinutes);
            Assert.Null(policy.MaxCostPerOrder);
            Assert.Empty(policy.ExcludedProducts!);
        }

        using var put = await seller.PutAsync("/api/seller/auto-order-policy", new { cancellationBufferMinutes = 30, maxCostPerOrder = 50_000, excludedProducts = new[] { "CH0000009", "CH0000002", "CH0000009" } });
        var saved = await SellerAssert.OkAsync<AutoOrderPolicyDto>(put);
        using var get = await seller.GetAsync("/api/seller/auto-order-policy");
        var read = await SellerAssert.OkAsync<AutoOrderPolicyDto>(get);

        Assert.Equal(30, read.CancellationBufferMinutes);
        Assert.Equal(50_000, read.MaxCostPerOrder);
        Assert.Equal(["CH0000002", "CH0000009"], read.ExcludedProducts);
        Assert.Equal(saved.ExcludedProducts, read.ExcludedProducts);

        using var noCap = await seller.PutAsync("/api/seller/auto-order-policy", new { cancellationBufferMinutes = 0 });
        var uncapped = await SellerAssert.OkAsync<AutoOrderPolicyDto>(noCap);
        Assert.Null(uncapped.MaxCostPerOrder);
        Assert.Empty(uncapped.ExcludedProducts!);
    }

    [Theory]
    [InlineData("{}", "cancellationBufferMinutes")]
    [InlineData("""{"cancellationBufferMinutes": -1}""", "cancellationBufferMinutes")]
    [InlineData("""{"cancellationBufferMinutes": 1441}""", "cancellationBufferMinutes")]
    [InlineData("""{"cancellationBufferMinutes": 10, "maxCostPerOrder": 0}""", "maxCostPerOrder")]
    [InlineData("""{"cancellationBufferMinutes": 10, "maxCostPerOrder": 10000000001}""", "maxCostPerOrder")]
    [InlineData("""{"cancellationBufferMinutes": 10, "excludedProducts": ["CH123"]}""", "excludedProducts[0]")]
    [InlineData("""{"cancellationBufferMinutes": 10, "excludedProducts": ["CH0000001", "'; DROP TABLE accounts;--"]}""", "excludedProducts[1]")]
    public async Task AnOutOfRangePolicyIs400AndChangesNothing(string body, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/auto-order-policy", body);

        await SellerAssert.InvalidAsync(response, field);
        using var get = await seller.GetAsync("/api/seller/auto-order-policy");
        Assert.Equal(10, (await SellerAssert.OkAsync<AutoOrderPolicyDto>(get)).CancellationBufferMinutes);
    }

    [Fact]
    public async Task TooManyExcludedProductsIs400()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var codes = Enumerable.Range(1, 501).Select(i => $"CH{i:D7}").ToArray();

        using var response = await seller.PutAsync("/api/seller/auto-order-policy", new { cancellationBufferMinutes = 10, excludedProducts = codes });

        await SellerAssert.InvalidAsync(response, "excludedProducts");
    }
}
