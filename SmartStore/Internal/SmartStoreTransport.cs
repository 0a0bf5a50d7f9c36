using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace SmartStore.Internal;

/// <summary>
/// Sends one logical request through the resilient, governed HTTP pipeline and turns every way it can end into a
/// <see cref="SmartStoreResult{T}"/> holding the parsed JSON root. Only the caller's cancellation throws.
/// </summary>
internal sealed class SmartStoreTransport(IHttpClientFactory factory, SmartStoreMetrics metrics, ILogger<SmartStoreTransport> logger)
{
    public const string ReadClientName = "SmartStore.Read";
    public const string WriteClientName = "SmartStore.Write";
    public const string TraceIdHeader = "GNCP-GW-Trace-ID";

    public async Task<SmartStoreResult<JsonElement>> SendAsync(
        GovernorTicket ticket,
        Func<HttpRequestMessage> createRequest,
        string? accessToken,
        bool write,
        CancellationToken cancellationToken)
    {
        var result = await SendOnceAsync(ticket, createRequest, accessToken, write, cancellationToken);
        metrics.Called(ticket.Api, result.Error);
        return result;
    }

    private async Task<SmartStoreResult<JsonElement>> SendOnceAsync(
        GovernorTicket ticket,
        Func<HttpRequestMessage> createRequest,
        string? accessToken,
        bool write,
        CancellationToken cancellationToken)
    {
        using var request = createRequest();
        request.Options.Set(GovernorTicket.Key, ticket);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        var client = factory.CreateClient(write ? WriteClientName : ReadClientName);
        string body;
        string? traceId;
        int status;
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            traceId = response.Headers.TryGetValues(TraceIdHeader, out var values) ? values.FirstOrDefault() : null;
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or OperationCanceledException)
        {
            return Fail(ticket, new SmartStoreError(0, SmartStoreErrorCodes.Timeout, "SmartStore did not answer in time", null));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return Fail(ticket, new SmartStoreError(0, SmartStoreErrorCodes.Transport, ex.Message, null));
        }

        if (status is < 200 or > 299)
        {
            return Fail(ticket, ResponseParser.ParseError(status, body, traceId));
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Malformed(ticket, status, "the body is not a JSON object", traceId);
            }

            var root = document.RootElement.Clone();
            return SmartStoreResult<JsonElement>.Success(root, Json.OptionalString(root, "traceId") ?? traceId);
        }
        catch (JsonException)
        {
            return Malformed(ticket, status, "the body is not valid JSON", traceId);
        }
    }

    public SmartStoreResult<T> Malformed<T>(GovernorTicket ticket, int status, string reason, string? traceId)
    {
        SmartStoreLog.MalformedResponse(logger, ticket.Api, reason, traceId);
        return SmartStoreResult<T>.Failure(new SmartStoreError(status, SmartStoreErrorCodes.MalformedResponse, reason, traceId));
    }

    private SmartStoreResult<JsonElement> Malformed(GovernorTicket ticket, int status, string reason, string? traceId) =>
        Malformed<JsonElement>(ticket, status, reason, traceId);

    private SmartStoreResult<JsonElement> Fail(GovernorTicket ticket, SmartStoreError error)
    {
        SmartStoreLog.CallFailed(logger, ticket.Api, error.HttpStatus, error.Code, error.Message, error.TraceId);
        return SmartStoreResult<JsonElement>.Failure(error);
    }
}
