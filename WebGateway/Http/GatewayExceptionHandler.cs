using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using WebGateway.Auth;

namespace WebGateway.Http;

/// <summary>
/// Turns what a request's input or the cluster did wrong into a ProblemDetails answer: malformed JSON, wrong types
/// and oversized bodies are 400/413 (never 500); a cluster that did not answer in time, or PostgreSQL failing (the read
/// model, the accounts, a token check), is 503: nothing is known to have changed and retrying is safe. Anything else is
/// a bug: it is logged with the trace id and answered 500 without internals.
/// </summary>
internal sealed partial class GatewayExceptionHandler(IProblemDetailsService problems, ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, code) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "Payload too large", "요청이 너무 커요", "PayloadTooLarge"),
            BadHttpRequestException e when e.InnerException is JsonException =>
                (StatusCodes.Status400BadRequest, "Invalid input", "요청 본문이 올바른 JSON이 아니거나 값의 형식이 맞지 않아요", "MalformedBody"),
            BadHttpRequestException e =>
                (e.StatusCode, "Invalid input", "요청 형식이 올바르지 않아요", "MalformedRequest"),
            JsonException =>
                (StatusCodes.Status400BadRequest, "Invalid input", "요청 본문이 올바른 JSON이 아니에요", "MalformedBody"),
            AccountStoreUnavailableException =>
                (StatusCodes.Status503ServiceUnavailable, "Service unavailable", "로그인 정보를 지금 확인할 수 없어요. 잠시 후 다시 시도해 주세요", "Unavailable"),
            TimeoutException or SiloUnavailableException or OrleansMessageRejectionException or Npgsql.NpgsqlException =>
                (StatusCodes.Status503ServiceUnavailable, "Service unavailable", "서비스가 잠시 응답하지 않아요. 잠시 후 다시 시도해 주세요", "Unavailable"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (499, "Client closed request", "요청이 취소되었어요", "Canceled"),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "처리 중 오류가 발생했어요. 잠시 후 다시 시도해 주세요", "InternalError"),
        };

        if (status >= 500)
        {
            LogFailed(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, string path);
}
