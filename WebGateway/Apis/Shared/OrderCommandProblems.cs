using Grains.Interfaces.Orders;
using WebGateway.Http;

namespace WebGateway.Apis.Shared;

/// <summary>
/// The one mapping of a refused order command (<see cref="TransitionErrorCode"/>) to its HTTP answer, for seller and
/// supplier commands alike. The problem's <c>code</c> is the transition code's name; its <c>detail</c> is the grain's
/// Korean message; a 400 also names the field in <c>errors</c>.
/// </summary>
internal static class OrderCommandProblems
{
    /// <summary>The HTTP status of <paramref name="code"/>.</summary>
    public static int StatusOf(TransitionErrorCode code) => code switch
    {
        TransitionErrorCode.InvalidInput or TransitionErrorCode.UnknownOption => StatusCodes.Status400BadRequest,
        TransitionErrorCode.NotFound or TransitionErrorCode.UnknownProduct => StatusCodes.Status404NotFound,
        TransitionErrorCode.NotAllowedInCurrentState or TransitionErrorCode.AlreadyPlaced
            or TransitionErrorCode.NotOrderable => StatusCodes.Status409Conflict,
        TransitionErrorCode.InsufficientPoints => StatusCodes.Status422UnprocessableEntity,

        // A code added later is a state the caller cannot fix by changing the request.
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>
    /// The problem answer of <paramref name="error"/>, with <paramref name="extensions"/> (e.g. <c>pointsShort</c>);
    /// a 400 names <paramref name="field"/> (by default the option for <c>UnknownOption</c>, else the body).
    /// </summary>
    public static IResult For(TransitionError error, IDictionary<string, object?>? extensions = null, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = StatusOf(error.Code);
        var code = error.Code.ToString();
        if (status == StatusCodes.Status400BadRequest)
        {
            field ??= error.Code == TransitionErrorCode.UnknownOption ? "optionId" : "body";
            return Problems.Invalid(new Dictionary<string, string[]> { [field] = [error.Message] }, error.Message, code);
        }

        var title = status switch
        {
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status422UnprocessableEntity => "Refused",
            _ => "Conflict",
        };
        return Problems.Problem(status, title, error.Message, code, extensions);
    }

    /// <summary>404 for an order that is not the caller's (or does not exist): the same answer either way.</summary>
    public static IResult OrderNotFound() => Problems.NotFound("주문을 찾을 수 없어요.", nameof(TransitionErrorCode.NotFound));

    /// <summary>404 for a product the catalog does not have.</summary>
    public static IResult ProductNotFound(string code) =>
        Problems.NotFound($"온채널에 없는 상품이에요: {code}", nameof(TransitionErrorCode.UnknownProduct));
}
