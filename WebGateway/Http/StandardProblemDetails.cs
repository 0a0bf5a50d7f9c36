using Microsoft.AspNetCore.Http.Features;

namespace WebGateway.Http;

/// <summary>
/// Fills in what framework-made problems lack (an unknown path, a wrong method, a body over the limit): a Korean
/// <c>detail</c> and a <c>code</c>, so that every error the gateway answers has the same shape.
/// </summary>
internal static class StandardProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var (detail, code) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("요청 형식이 올바르지 않아요", "MalformedRequest"),
            StatusCodes.Status401Unauthorized => ("로그인이 필요해요", "Unauthorized"),
            StatusCodes.Status403Forbidden => ("이 기능을 사용할 권한이 없어요", "Forbidden"),
            StatusCodes.Status404NotFound => ("요청한 주소나 대상을 찾을 수 없어요", "NotFound"),
            StatusCodes.Status405MethodNotAllowed => ("이 주소에서 지원하지 않는 요청 방식이에요", "MethodNotAllowed"),
            StatusCodes.Status413PayloadTooLarge => ("요청이 너무 커요", "PayloadTooLarge"),
            StatusCodes.Status415UnsupportedMediaType => ("요청 본문은 application/json 이어야 해요", "UnsupportedMediaType"),
            StatusCodes.Status429TooManyRequests => ("요청이 너무 많아요. 잠시 후 다시 시도해 주세요", "TooManyRequests"),
            _ => ("요청을 처리하지 못했어요", null),
        };
        problem.Detail ??= detail;
        if (code is not null)
        {
            problem.Extensions.TryAdd("code", code);
        }

        problem.Extensions.TryAdd("traceId", context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? context.HttpContext.TraceIdentifier);
    }
}
