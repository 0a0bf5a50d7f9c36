using System.Text.Json;
using System.Text.Json.Serialization;
using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Naver;

/// <summary>Writes Naver's response envelopes and error bodies.</summary>
internal static class NaverResults
{
    public const string TraceIdHeader = "GNCP-GW-Trace-ID";
    public const string TraceIdItem = "sim.traceId";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string TraceId(HttpContext context) => context.Items[TraceIdItem] as string ?? string.Empty;

    public static string Now(HttpContext context) =>
        SimTime.Format(context.RequestServices.GetRequiredService<SimulatorState>().Time.GetUtcNow());

    /// <summary>Success envelope; <paramref name="data"/> null leaves <c>data</c> out, as Naver does for an empty change window.</summary>
    public static IResult Ok(HttpContext context, object? data) =>
        Results.Json(new { timestamp = Now(context), traceId = TraceId(context), data }, JsonOptions);

    /// <summary>Gateway and order API errors: <c>{ code, message, timestamp, traceId }</c>.</summary>
    public static IResult Error(HttpContext context, int status, string code, string message) =>
        Results.Json(new { code, message, timestamp = Now(context), traceId = TraceId(context) }, JsonOptions, statusCode: status);

    /// <summary>Token endpoint errors: <c>{ code, message, timestamp, invalidInputs }</c>.</summary>
    public static IResult TokenError(HttpContext context, int status, string code, string message, string? input) =>
        Results.Json(
            new
            {
                code,
                message,
                timestamp = Now(context),
                traceId = TraceId(context),
                invalidInputs = input is null ? null : new[] { new { name = input, type = "Invalid", message } },
            },
            JsonOptions,
            statusCode: status);

    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { code, message, timestamp = Now(context), traceId = TraceId(context) }, JsonOptions);
    }
}
