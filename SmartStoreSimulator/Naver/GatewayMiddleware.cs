using System.Globalization;
using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Naver;

/// <summary>
/// The simulated API gateway in front of Naver's paths: trace ids, bearer authentication, counters, injected
/// faults and the per-application per-API token bucket with its <c>GNCP-GW-RateLimit-*</c> headers.
/// </summary>
internal sealed class GatewayMiddleware(RequestDelegate next, SimulatorState state, FaultInjector faults, ApiCounters counters)
{
    public const string TokenItem = "sim.token";
    public const string OmittedIdsItem = "sim.omittedIds";
    private const string AfterProcessingFaultItem = "sim.afterProcessingFault";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var traceId = $"sim-{Guid.NewGuid():N}";
        context.Items[NaverResults.TraceIdItem] = traceId;
        context.Response.Headers[NaverResults.TraceIdHeader] = traceId;

        var api = SimApi.FromPath(context.Request.Method, path);
        if (api is null)
        {
            await NaverResults.WriteErrorAsync(context, 404, "GW.NOT_FOUND", "등록되지 않은 API입니다.");
            return;
        }

        var clientId = await ClientIdAsync(context, api);
        if (clientId is null)
        {
            counters.Request("(unauthenticated)", api);
            await NaverResults.WriteErrorAsync(context, 401, "GW.AUTHN", "인증에 실패했습니다.");
            return;
        }

        counters.Request(clientId, api);
        var fault = faults.TryTake(clientId, api);
        if (fault is { Kind: FaultKind.OmitFromQuery })
        {
            // Not a failure of the call: the endpoint answers normally and leaves these ids out.
            counters.Fault(clientId, api);
            context.Items[OmittedIdsItem] = fault.ProductOrderIds;
            fault = null;
        }

        if (fault is { AfterProcessing: false } && await ApplyFaultAsync(context, fault, clientId, api))
        {
            return;
        }

        var application = state.FindApplication(clientId);
        if (application is not null)
        {
            var bucket = application.BucketFor(api, state.Time);
            var (allowed, remaining) = bucket.TryTake();
            SetRateHeaders(context, bucket.Rate, remaining);
            if (!allowed)
            {
                counters.RateLimited(clientId, api);
                await NaverResults.WriteErrorAsync(context, 429, "GW.RATE_LIMIT", "요청이 많아 서비스를 일시적으로 사용할 수 없습니다.");
                return;
            }
        }

        if (fault is { AfterProcessing: true })
        {
            // The endpoint handles the request for real (a write is applied) and the filter then loses the response.
            counters.Fault(clientId, api);
            context.Items[AfterProcessingFaultItem] = fault;
        }

        await next(context);
    }

    /// <summary>
    /// Endpoint filter for faults armed with <see cref="FaultRule.AfterProcessing"/>: the handler has run, its
    /// result is replaced by the fault, so the caller cannot know whether the write happened.
    /// </summary>
    public static async ValueTask<object?> ReplaceResultAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate handler)
    {
        var result = await handler(invocation);
        var context = invocation.HttpContext;
        if (!context.Items.TryGetValue(AfterProcessingFaultItem, out var fault) || fault is not FaultRule rule)
        {
            return result;
        }

        if (rule.Kind != FaultKind.Latency)
        {
            return FaultResult(context, rule);
        }

        // A slow answer after the work is done: a client that gives up does not know the write was applied.
        var time = context.RequestServices.GetRequiredService<SimulatorState>().Time;
        await Task.Delay(TimeSpan.FromMilliseconds(rule.LatencyMs), time, context.RequestAborted);
        return result;
    }

    private async Task<string?> ClientIdAsync(HttpContext context, string api)
    {
        if (api == SimApi.Token)
        {
            var clientId = context.Request.HasFormContentType
                ? (await context.Request.ReadFormAsync()).TryGetValue("client_id", out var value) ? value.ToString() : null
                : context.Request.Query["client_id"].ToString();

            // Unknown applications still reach the endpoint, which answers with a proper validation error.
            return string.IsNullOrEmpty(clientId) ? "(unknown)" : clientId;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = state.FindValidToken(header["Bearer ".Length..].Trim());
        if (token is null)
        {
            return null;
        }

        context.Items[TokenItem] = token;
        return token.ClientId;
    }

    /// <summary>Applies a fault before the request is handled; returns false when the request should continue (latency).</summary>
    private async Task<bool> ApplyFaultAsync(HttpContext context, FaultRule fault, string clientId, string api)
    {
        counters.Fault(clientId, api);
        if (fault.Kind == FaultKind.Latency)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), state.Time, context.RequestAborted);
            return false;
        }

        await FaultResult(context, fault).ExecuteAsync(context);
        return true;
    }

    private static IResult FaultResult(HttpContext context, FaultRule fault)
    {
        switch (fault.Kind)
        {
            case FaultKind.RateLimit:
                return NaverResults.Error(context, 429, "GW.RATE_LIMIT", "요청이 많아 서비스를 일시적으로 사용할 수 없습니다.");
            case FaultKind.MalformedJson:
                // Cut off mid-object, as a body truncated by a proxy would be.
                return Results.Content("{\"timestamp\":\"" + NaverResults.Now(context) + "\",\"data\":{\"contents\":[{\"productOrderId\":", "application/json", statusCode: 200);
            case FaultKind.DropConnection:
                context.Abort();
                return Results.Empty;
            default:
                return NaverResults.Error(context, fault.Status is >= 400 ? fault.Status : 500, fault.Code, "일시적인 오류가 발생했습니다.");
        }
    }

    private static void SetRateHeaders(HttpContext context, double rate, int remaining)
    {
        var headers = context.Response.Headers;
        headers["GNCP-GW-RateLimit-Replenish-Rate"] = rate.ToString(CultureInfo.InvariantCulture);
        headers["GNCP-GW-RateLimit-Burst-Capacity"] = (rate * 2).ToString(CultureInfo.InvariantCulture);
        headers["GNCP-GW-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
    }
}
