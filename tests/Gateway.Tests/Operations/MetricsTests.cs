using System.Net;
using System.Net.Http.Headers;
using Tests.Shared;

namespace Gateway.Tests.Operations;

[Collection(GatewayCollection.Name)]
public sealed class MetricsTests(GatewayFixture fixture)
{
    private const string ScrapeToken = "scrape-token-for-tests-0123456789";

    [Fact]
    public async Task OutsideDevelopmentMetricsAreClosedToAnonymousScrapers()
    {
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheScrapeTokenOpensPrometheusTextWithOnChannelAspNetCoreAndOrleansInstruments()
    {
        await using var gateway = fixture.StartGateway(new Dictionary<string, string?> { ["Metrics:ScrapeToken"] = ScrapeToken });
        await fixture.LoginAsync(GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword, gateway);
        using var http = gateway.Anonymous();

        // /health/ready makes a grain call through this gateway's Orleans client.
        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        var text = "";
        await Wait.UntilAsync(
            async () =>
            {
                text = await ScrapeAsync(http, ScrapeToken);
                return text.Contains("onchannel_auth_logins", StringComparison.Ordinal)
                    && text.Contains("http_server_request_duration_seconds", StringComparison.Ordinal)
                    && text.Contains("orleans_", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(30),
            "login, request-duration and Orleans lines in /metrics");

        Assert.Contains("onchannel_auth_logins_total{", text, StringComparison.Ordinal);
        Assert.Contains("result=\"succeeded\"", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/auth/token\"", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task WithoutTheRightScrapeTokenMetricsAre401(string? token)
    {
        await using var gateway = fixture.StartGateway(new Dictionary<string, string?> { ["Metrics:ScrapeToken"] = ScrapeToken });
        using var http = gateway.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AllowAnonymousServesMetricsWithoutAToken()
    {
        await using var gateway = fixture.StartGateway(new Dictionary<string, string?> { ["Metrics:AllowAnonymous"] = "true" });
        using var http = gateway.Anonymous();

        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE target_info gauge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> ScrapeAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
