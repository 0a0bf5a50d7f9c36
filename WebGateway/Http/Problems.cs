using Microsoft.AspNetCore.Http.HttpResults;

namespace WebGateway.Http;

/// <summary>
/// The gateway's error answers: <c>application/problem+json</c> with a <c>title</c>, a Korean <c>detail</c> and,
/// when there is one, a stable <c>code</c> for programs. Status codes as the http-api contract gives them.
/// </summary>
public static class Problems
{
    /// <summary>400: malformed input; <paramref name="errors"/> names each bad field; <paramref name="code"/> when there is one.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors, string detail = "입력값을 확인해 주세요", string? code = null) =>
        TypedResults.ValidationProblem(
            errors, detail, title: "Invalid input", extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });

    /// <summary>400 for one bad field.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);

    /// <summary>401: not logged in, or the login was refused.</summary>
    public static ProblemHttpResult Unauthorized(string detail = "로그인이 필요해요") =>
        Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail, null);

    /// <summary>403: logged in, but not allowed here (another role), or not yours (another seller's order).</summary>
    public static ProblemHttpResult Forbidden(string detail = "이 기능을 사용할 권한이 없어요", string? code = null) =>
        Problem(StatusCodes.Status403Forbidden, "Forbidden", detail, code);

    /// <summary>404: no such thing at all.</summary>
    public static ProblemHttpResult NotFound(string detail, string? code = null) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail, code);

    /// <summary>409: not allowed in the current state.</summary>
    public static ProblemHttpResult Conflict(string detail, string? code = null) =>
        Problem(StatusCodes.Status409Conflict, "Conflict", detail, code);

    /// <summary>422: well-formed but refused (bad SmartStore credentials, insufficient points...).</summary>
    public static ProblemHttpResult Unprocessable(string detail, string? code = null, IDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "Refused", detail, code, extensions);

    /// <summary>429: too many attempts.</summary>
    public static ProblemHttpResult TooManyRequests(string detail) =>
        Problem(StatusCodes.Status429TooManyRequests, "Too many requests", detail, "TooManyRequests");

    /// <summary>503: the cluster did not answer in time; nothing is known to have changed, retrying is safe.</summary>
    public static ProblemHttpResult Unavailable(string detail = "서비스가 잠시 응답하지 않아요. 잠시 후 다시 시도해 주세요") =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail, "Unavailable");

    /// <summary>Any status with a title, Korean detail and optional code.</summary>
    public static ProblemHttpResult Problem(
        int status, string title, string detail, string? code, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>());
        if (code is not null)
        {
            all["code"] = code;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: all);
    }
}
