using System.Net;
using System.Net.Http.Json;
using Gateway.Tests.Seller;
using Infrastructure.Accounts;
using Npgsql;

namespace Gateway.Tests.Operator;

/// <summary>The login cookie, whose address the login limiter counts, and a token check when the account store fails.</summary>
[Collection(GatewayCollection.Name)]
public sealed class GatewaySecurityTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheTokenCookieIsSecureOutsideDevelopmentEvenOverPlainHttp()
    {
        var (loginId, password) = await fixture.CreateAccountAsync(AccountRole.Seller);
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.PostAsJsonAsync("/api/auth/token", new { loginId, password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("onch_token=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task XForwardedForFromAKnownProxyIsCountedPerClient()
    {
        await using var gateway = fixture.StartGateway(Limits(2, proxies: "127.0.0.1"));
        using var http = gateway.Anonymous();

        var first = await AttemptsAsync(http, "203.0.113.7", 3);
        var second = await AttemptsAsync(http, "203.0.113.8", 1);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.Unauthorized], second);
    }

    [Fact]
    public async Task WithoutKnownProxiesXForwardedForIsIgnored()
    {
        await using var gateway = fixture.StartGateway(Limits(2, proxies: null));
        using var http = gateway.Anonymous();

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { "203.0.113.7", "203.0.113.8", "203.0.113.9" })
        {
            statuses.AddRange(await AttemptsAsync(http, client, 1));
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task AnAccountStoreFailureWhileCheckingATokenIs503NotA500()
    {
        using var seller = await SellerSession.CreateAsync(fixture, register: false);
        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);

        // A gateway that has never read this account, so that it must ask the store.
        await using var gateway = fixture.StartGateway();
        using var http = GatewayFixture.Authorized(gateway, seller.User.Token);
        HttpResponseMessage response;
        await data.CreateCommand("ALTER TABLE accounts RENAME TO accounts_away").ExecuteNonQueryAsync();
        try
        {
            response = await http.GetAsync(new Uri("/api/seller/settings", UriKind.Relative));
        }
        finally
        {
            await data.CreateCommand("ALTER TABLE accounts_away RENAME TO accounts").ExecuteNonQueryAsync();
        }

        using (response)
        {
            var problem = await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("Unavailable", problem.Extensions["code"]?.ToString());
            Assert.NotNull(response.Headers.RetryAfter);
        }
    }

    private static Dictionary<string, string?> Limits(int perAddress, string? proxies) => new()
    {
        ["Auth:LoginAttemptsPerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Auth:LoginAttemptsPerLogin"] = "1000",
        ["Auth:Window"] = "00:10:00",
        ["ForwardedHeaders:KnownProxies"] = proxies,
    };

    private async Task<List<HttpStatusCode>> AttemptsAsync(HttpClient http, string client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/auth/token", UriKind.Relative))
            {
                Content = JsonContent.Create(new { loginId = fixture.NewLoginId("probe"), password = "wrong-password" }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
