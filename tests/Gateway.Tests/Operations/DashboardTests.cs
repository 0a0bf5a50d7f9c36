using System.Net;
using System.Net.Http.Json;
using Infrastructure.Accounts;
using WebGateway.Auth;

namespace Gateway.Tests.Operations;

[Collection(GatewayCollection.Name)]
public sealed class DashboardTests(GatewayFixture fixture)
{
    private readonly CookieContainer _cookies = new();

    [Fact]
    public async Task WithoutALoginTheDashboardIs401()
    {
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.GetAsync(new Uri("/orleans-dashboard/", UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ASellerIsRefusedTheDashboardWithABearerTokenOrTheCookie()
    {
        var (loginId, password) = await fixture.CreateAccountAsync(AccountRole.Seller);
        using var browser = Browser();
        await LogInAsync(browser, loginId, password);
        var token = await fixture.LoginAsync(loginId, password);
        using var bearer = GatewayFixture.Authorized(fixture.Gateway, token.AccessToken);

        using var byCookie = await browser.GetAsync(new Uri("/orleans-dashboard/", UriKind.Relative));
        using var byHeader = await bearer.GetAsync(new Uri("/orleans-dashboard/", UriKind.Relative));

        await Problem.AssertAsync(byCookie, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(byHeader, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnOperatorBrowserThatLoggedInOpensTheDashboardWithItsCookie()
    {
        using var browser = Browser();
        await LogInAsync(browser, GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword);

        using var page = await browser.GetAsync(new Uri("/orleans-dashboard/", UriKind.Relative));
        using var version = await browser.GetAsync(new Uri("/orleans-dashboard/version", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Contains("version", await version.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCookieIsNotAcceptedOutsideTheDashboard()
    {
        using var browser = Browser();
        await LogInAsync(browser, GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword);

        using var me = await browser.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        await Problem.AssertAsync(me, HttpStatusCode.Unauthorized);
    }

    /// <summary>A client that keeps cookies like a browser.</summary>
    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = _cookies, UseCookies = true })
        {
            BaseAddress = fixture.Gateway.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private async Task LogInAsync(HttpClient browser, string loginId, string password)
    {
        using var response = await browser.PostAsJsonAsync("/api/auth/token", new { loginId, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(AuthExtensions.TokenCookie + "=", StringComparison.Ordinal));

        // Outside Development the cookie is Secure, which a browser sends to the HTTPS origin it is served from; the
        // tests speak plain HTTP, where the cookie container would withhold it, so it is kept as a plain cookie.
        var token = _cookies.GetAllCookies().Single(c => c.Name == AuthExtensions.TokenCookie);
        Assert.True(token.Secure, "the token cookie is not Secure");
        _cookies.Add(browser.BaseAddress!, new Cookie(token.Name, token.Value, token.Path));
    }
}
