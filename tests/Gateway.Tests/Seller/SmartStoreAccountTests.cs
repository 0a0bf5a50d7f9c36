using System.Net;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>스마트스토어 계정 등록: both modes verified on the simulator, SmartStore's refusals as 422, never the secret.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SmartStoreAccountTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ASolutionAccountIsVerifiedSavedAndReadBack()
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);
        using (var none = await seller.GetAsync("/api/seller/smartstore-account"))
        {
            await SellerAssert.ProblemAsync(none, HttpStatusCode.NotFound, "NotRegistered");
        }

        using var put = await seller.PutAsync("/api/seller/smartstore-account", new { mode = "solution", accountId = seller.AccountId });
        var saved = await SellerAssert.OkAsync<SmartStoreAccountDto>(put);
        using var get = await seller.GetAsync("/api/seller/smartstore-account");
        var read = await SellerAssert.OkAsync<SmartStoreAccountDto>(get);

        Assert.Equal("solution", saved.Mode);
        Assert.Equal(seller.AccountId, saved.AccountId);
        Assert.Null(saved.ClientId);
        Assert.True(saved.VerifiedAt > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal(saved, read);
    }

    [Fact]
    public async Task AnOwnApplicationIsVerifiedAndItsSecretIsNeverReturned()
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);
        var (clientId, clientSecret) = await fixture.Simulator.CreateApplicationAsync(ownerAccountId: seller.AccountId);

        using var put = await seller.PutAsync("/api/seller/smartstore-account", new { mode = "own", clientId, clientSecret });
        var putBody = await put.Content.ReadAsStringAsync();
        using var get = await seller.GetAsync("/api/seller/smartstore-account");
        var getBody = await get.Content.ReadAsStringAsync();

        await SellerAssert.OkAsync(put);
        var read = await SellerAssert.OkAsync<SmartStoreAccountDto>(get);
        Assert.Equal("own", read.Mode);
        Assert.Equal(clientId, read.ClientId);
        Assert.Null(read.AccountId);
        Assert.DoesNotContain(clientSecret, putBody, StringComparison.Ordinal);
        Assert.DoesNotContain(clientSecret, getBody, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", getBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BadOwnCredentialsAre422WithSmartStoresCodeAndTraceIdAndChangeNothing()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        var (clientId, _) = await fixture.Simulator.CreateApplicationAsync(ownerAccountId: seller.AccountId);
        var (_, otherSecret) = await fixture.Simulator.CreateApplicationAsync();

        using var response = await seller.PutAsync("/api/seller/smartstore-account", new { mode = "own", clientId, clientSecret = otherSecret });

        var problem = await SellerAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.False(string.IsNullOrEmpty(SellerAssert.Extension(problem, "code")));
        Assert.StartsWith("sim-", SellerAssert.Extension(problem, "smartStoreTraceId"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(SellerAssert.Extension(problem, "traceId")));
        Assert.Contains("스마트스토어", problem.Detail, StringComparison.Ordinal);
        using var get = await seller.GetAsync("/api/seller/smartstore-account");
        var kept = await SellerAssert.OkAsync<SmartStoreAccountDto>(get);
        Assert.Equal("solution", kept.Mode);
        Assert.Equal(seller.AccountId, kept.AccountId);
    }

    [Fact]
    public async Task AnUnknownSolutionAccountIs422()
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);

        using var response = await seller.PutAsync("/api/seller/smartstore-account", new { mode = "solution", accountId = "no-such-account-" + Guid.NewGuid().ToString("N") });

        await SellerAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        using var get = await seller.GetAsync("/api/seller/smartstore-account");
        await SellerAssert.ProblemAsync(get, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnAccountOfAnotherSellerIs422AccountTaken()
    {
        using var first = await SellerSession.CreateAsync(fixture);
        using var second = await SellerSession.CreateAsync(fixture);

        using var response = await second.PutAsync("/api/seller/smartstore-account", new { mode = "solution", accountId = first.AccountId });

        await SellerAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "AccountTaken");
        using var get = await second.GetAsync("/api/seller/smartstore-account");
        Assert.Equal(second.AccountId, (await SellerAssert.OkAsync<SmartStoreAccountDto>(get)).AccountId);
    }

    public static TheoryData<string, string> BadBodies { get; } = new()
    {
        { """{"accountId": "a"}""", "mode" },
        { """{"mode": "partner", "accountId": "a"}""", "mode" },
        { """{"mode": "solution"}""", "accountId" },
        { """{"mode": "solution", "accountId": "   "}""", "accountId" },
        { """{"mode": "solution", "accountId": "a", "clientSecret": "s"}""", "clientSecret" },
        { """{"mode": "own", "clientId": "c"}""", "clientSecret" },
        { """{"mode": "own", "clientSecret": "s"}""", "clientId" },
        { """{"mode": "own", "clientId": "c", "clientSecret": "s", "accountId": "a"}""", "accountId" },
        { "{\"mode\": \"solution\", \"accountId\": \"" + new string('a', 201) + "\"}", "accountId" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task MalformedRegistrationsAre400NamingTheField(string body, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);

        using var response = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/smartstore-account", body);

        await SellerAssert.InvalidAsync(response, field);
    }

    [Theory]
    [InlineData("{\"mode\": ")]
    [InlineData("{\"mode\": 1, \"accountId\": true}")]
    [InlineData("[\"solution\"]")]
    [InlineData("")]
    public async Task MalformedJsonOrWrongTypesAre400(string body)
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);

        using var response = await seller.SendRawAsync(HttpMethod.Put, "/api/seller/smartstore-account", body);

        await SellerAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnInjectionStringAsAccountIdIsJustAnUnknownAccount()
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);

        using var response = await seller.PutAsync("/api/seller/smartstore-account", new { mode = "solution", accountId = "'; DROP TABLE accounts;--" });

        await SellerAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(await fixture.Accounts.FindAsync(seller.SellerId));
    }
}
