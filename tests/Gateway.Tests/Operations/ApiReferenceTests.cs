using System.Net;
using System.Text.Json;

namespace Gateway.Tests.Operations;

[Collection(GatewayCollection.Name)]
public sealed class ApiReferenceTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheOpenApiDocumentHasItsTitleTheBearerSchemeAndTheLoginEndpoint()
    {
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.Equal("OnChannel API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("info").GetProperty("description").GetString()));
        var bearer = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        var paths = root.GetProperty("paths");

        // Logging in needs no token; asking who you are does.
        Assert.False(paths.GetProperty("/api/auth/token").GetProperty("post").TryGetProperty("security", out _));
        Assert.True(paths.GetProperty("/api/auth/me").GetProperty("get").TryGetProperty("security", out var security));
        Assert.True(security[0].TryGetProperty("Bearer", out _));
        Assert.False(paths.TryGetProperty("/orleans-dashboard/", out _));
    }

    [Fact]
    public async Task TheScalarReferencePageIsServed()
    {
        using var http = fixture.Gateway.Anonymous();

        using var response = await http.GetAsync(new Uri("/api-reference", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
