using Microsoft.Extensions.Logging;

namespace SmartStore.Internal;

/// <summary>Every log line of the client; secrets and tokens are never parameters.</summary>
internal static partial class SmartStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Issued SmartStore token for application {ClientId}, type {TokenType}, account {AccountId}, expiring {ExpiresAt}")]
    public static partial void TokenIssued(ILogger logger, string clientId, string tokenType, string? accountId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SmartStore rejected the token for application {ClientId}, account {AccountId} (GW.AUTHN, trace {TraceId}); renewing once")]
    public static partial void TokenRejected(ILogger logger, string clientId, string? accountId, string? traceId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "SmartStore {Api} failed with HTTP {Status} {Code}: {ErrorMessage} (trace {TraceId})")]
    public static partial void CallFailed(ILogger logger, SmartStoreApi api, int status, string code, string errorMessage, string? traceId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "SmartStore {Api} response was malformed: {Reason} (trace {TraceId})")]
    public static partial void MalformedResponse(ILogger logger, SmartStoreApi api, string reason, string? traceId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "SmartStore {Api} outcome unknown for {Count} product orders ({Code}); reading them back before resending")]
    public static partial void WriteOutcomeUnknown(ILogger logger, SmartStoreApi api, int count, string code);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Retrying SmartStore request {Method} {Path} after {Delay} (attempt {Attempt}, status {Status})")]
    public static partial void Retrying(ILogger logger, string? method, string? path, TimeSpan delay, int attempt, int? status);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "SmartStore rate limit hit for application {ClientId} on {Api}; local rate cut to {Rate:F2}/s")]
    public static partial void RateLimited(ILogger logger, string clientId, SmartStoreApi api, double rate);
}
