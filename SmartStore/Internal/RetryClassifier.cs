using System.Net.Sockets;
using System.Text.Json;
using Polly;
using Polly.Timeout;

namespace SmartStore.Internal;

/// <summary>
/// Decides what the HTTP pipeline may retry. Reads retry what is transient; writes retry only what the gateway
/// certainly did not forward (rate limit, circuit open, connection never made), because anything else may have
/// been applied and is read back by the client instead.
/// </summary>
internal static class RetryClassifier
{
    public static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, bool write)
    {
        if (outcome.Exception is { } exception)
        {
            return write ? IsConnectFailure(exception) : exception is HttpRequestException or TimeoutRejectedException;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        if (status != 429 && status < 500)
        {
            return false;
        }

        var code = await ReadCodeAsync(response);
        return write ? IsNotForwarded(code) : IsRetryable(code, status);
    }

    public static bool IsRetryable(string? code, int status) => code switch
    {
        null => status is 502 or 503 or 504,
        "GW.RATE_LIMIT" or "GW.INTERNAL_SERVER_ERROR" => true,
        _ => code.StartsWith("GW.PROXY", StringComparison.Ordinal)
            || code.StartsWith("GW.BLOCK", StringComparison.Ordinal)
            || code.StartsWith("GW.TIMEOUT", StringComparison.Ordinal),
    };

    private static bool IsNotForwarded(string? code) =>
        code is "GW.RATE_LIMIT" || (code?.StartsWith("GW.BLOCK", StringComparison.Ordinal) ?? false);

    private static bool IsConnectFailure(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }
        || exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };

    private static async Task<string?> ReadCodeAsync(HttpResponseMessage response)
    {
        try
        {
            // ReadAsStringAsync buffers the content, so the client can still read the body afterwards.
            var body = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                    ? code.GetString()
                    : null;
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException or IOException)
        {
            return null;
        }
    }
}
