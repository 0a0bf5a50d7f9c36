using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Infrastructure.Accounts;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tests.Shared;
using WebGateway.Auth;
using WebGateway.Contracts;

namespace Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class AuthTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheOperatorFromConfigurationLogsInAndGetsASignedTokenWithItsRole()
    {
        var token = await fixture.LoginAsync(GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword);

        Assert.Equal(AccountRole.Operator, token.Role);
        Assert.Null(token.SellerId);
        Assert.True(token.ExpiresAt > DateTimeOffset.UtcNow.AddHours(1));
        var jwt = new JsonWebToken(token.AccessToken);
        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal(GatewayFixture.OperatorLoginId, jwt.Subject);
        var stored = await fixture.Accounts.FindAsync(GatewayFixture.OperatorLoginId);
        Assert.DoesNotContain(GatewayFixture.OperatorPassword, stored!.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASellerTokenNamesItsSellerAndMeAnswersWhoItIs()
    {
        using var seller = await fixture.NewUserAsync(AccountRole.Seller);

        var me = await seller.Http.GetFromJsonAsync<MeResponse>("/api/auth/me", Json.Options);

        Assert.Equal(seller.LoginId, me!.LoginId);
        Assert.Equal(AccountRole.Seller, me.Role);
        Assert.Equal(seller.LoginId, me.SellerId);
        Assert.Null(me.SupplierId);
    }

    [Theory]
    [InlineData("wrong-password")]
    [InlineData("")]
    public async Task AWrongOrMissingPasswordIsRefusedWithAProblem(string password)
    {
        var (loginId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.PostAsJsonAsync("/api/auth/token", new { loginId, password });

        var expected = password.Length == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.Unauthorized;
        await Problem.AssertAsync(response, expected);
    }

    [Fact]
    public async Task AnUnknownLoginIdIsRefusedLikeAWrongPassword()
    {
        using var http = fixture.Gateway.Anonymous();

        using var unknown = await http.PostAsJsonAsync("/api/auth/token", new { loginId = "nobody-" + Guid.NewGuid().ToString("N")[..8], password = "whatever-1" });
        using var hostile = await http.PostAsJsonAsync("/api/auth/token", new { loginId = "x' OR '1'='1", password = "whatever-1" });

        var a = await Problem.AssertAsync(unknown, HttpStatusCode.Unauthorized);
        var b = await Problem.AssertAsync(hostile, HttpStatusCode.Unauthorized);
        Assert.Equal(a.Detail, b.Detail);
    }

    [Theory]
    [InlineData("{\"loginId\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"loginId\": 5, \"password\": true}")]
    [InlineData("not json at all")]
    public async Task MalformedLoginBodiesAre400NeverA500(string body)
    {
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.PostAsync("/api/auth/token", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnOversizedBodyIs413()
    {
        using var http = fixture.Gateway.Anonymous();
        using var response = await OversizedBody.SendAsync(http, HttpMethod.Post, "/api/auth/token", OversizedBody.Json("loginId"));

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task WithoutATokenAProtectedPathIs401()
    {
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIs401()
    {
        using var seller = await fixture.NewUserAsync(AccountRole.Seller);
        var forged = Forge(seller.LoginId, AccountRole.Operator, RandomNumberGenerator.GetBytes(32), DateTime.UtcNow.AddHours(1));
        using var http = GatewayFixture.Authorized(fixture.Gateway, forged);

        using var response = await http.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnExpiredTokenIs401()
    {
        using var seller = await fixture.NewUserAsync(AccountRole.Seller);
        var expired = Forge(seller.LoginId, AccountRole.Seller, Convert.FromBase64String(fixture.SigningKey), DateTime.UtcNow.AddMinutes(-5));
        using var http = GatewayFixture.Authorized(fixture.Gateway, expired);

        using var response = await http.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ADisabledAccountsExistingTokenStopsWorkingOnEveryGateway()
    {
        using var seller = await fixture.NewUserAsync(AccountRole.Seller);
        await using var second = fixture.StartGateway();
        using var onSecond = GatewayFixture.Authorized(second, seller.Token);
        Assert.Equal(HttpStatusCode.OK, (await seller.Http.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);

        await fixture.Accounts.SetDisabledAsync(seller.LoginId, disabled: true);

        foreach (var http in new[] { seller.Http, onSecond })
        {
            await Wait.UntilAsync(
                async () => (await http.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode == HttpStatusCode.Unauthorized,
                TimeSpan.FromSeconds(10), "the disabled account's token to be refused");
        }

        using var anonymous = fixture.Gateway.Anonymous();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/token", new { loginId = seller.LoginId, password = seller.Password });
        await Problem.AssertAsync(login, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LoginAttemptsArLimitedPerLoginIdWithA429AndRetryAfter()
    {
        await using var strict = fixture.StartGateway(new Dictionary<string, string?>
        {
            ["Auth:LoginAttemptsPerLogin"] = "3",
            ["Auth:LoginAttemptsPerAddress"] = "1000",
            ["Auth:Window"] = "00:10:00",
        });
        var (loginId, password) = await fixture.CreateAccountAsync(AccountRole.Seller);
        using var http = strict.Anonymous();

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await http.PostAsJsonAsync("/api/auth/token", new { loginId, password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var limited = await http.PostAsJsonAsync("/api/auth/token", new { loginId, password });
        var problem = await Problem.AssertAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.Contains("로그인 시도가 너무 많아요", problem.Detail, StringComparison.Ordinal);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");

        // Another login id from the same address is not held back by the first one's attempts.
        var (other, otherPassword) = await fixture.CreateAccountAsync(AccountRole.Seller);
        using var fine = await http.PostAsJsonAsync("/api/auth/token", new { loginId = other, password = otherPassword });
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task LoginAttemptsAreLimitedPerAddress()
    {
        await using var strict = fixture.StartGateway(new Dictionary<string, string?>
        {
            ["Auth:LoginAttemptsPerLogin"] = "1000",
            ["Auth:LoginAttemptsPerAddress"] = "4",
            ["Auth:Window"] = "00:10:00",
        });
        using var http = strict.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/auth/token", new { loginId = fixture.NewLoginId("probe"), password = "wrong-password" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    private static string Forge(string loginId, string role, byte[] key, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenService.Issuer,
            Audience = TokenService.Audience,
            NotBefore = expires.AddHours(-2),
            IssuedAt = expires.AddHours(-2),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", loginId), new Claim("role", role), new Claim("stamp", "1")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
}
