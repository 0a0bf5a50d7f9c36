using System.Text;

namespace Gateway.Tests;

/// <summary>
/// Sends a JSON body over the gateway's limit the way a careful client does: with <c>Expect: 100-continue</c>, so
/// the gateway's 413 arrives before the body is sent instead of a reset while the client is still writing it.
/// </summary>
internal static class OversizedBody
{
    /// <summary>A JSON object whose one string field is 2 MB, twice the gateway's limit.</summary>
    public static string Json(string field) => "{\"" + field + "\": \"" + new string('a', 2 * 1024 * 1024) + "\"}";

    public static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string json)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        return http.SendAsync(request);
    }
}
