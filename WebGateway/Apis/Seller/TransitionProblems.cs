using Grains.Interfaces.Orders;
using WebGateway.Http;

namespace WebGateway.Apis.Seller;

/// <summary>
/// The one mapping of a refused order command (<see cref="TransitionErrorCode"/>) to its HTTP answer, used by every
/// seller order command. The problem's <c>code</c> is the transition code's name; its <c>detail</c> is the grain's
/// Korean message.
/// </summary>
internal static class TransitionProblems
{
    /// <summary>The HTTP status of <paramref name="code"/>.</summary>
    public static int StatusOf(TransitionErrorCode code) => code switch
    {
        TransitionErrorCode.InvalidInput or TransitionErrorCode.UnknownOption => StatusCodes.Status400BadRequest,
        TransitionErrorCode.NotFound => StatusCodes.Status404NotFound,
        TransitionErrorCode.NotAllowedInCurrentState or TransitionErrorCode.AlreadyPlaced
            or TransitionErrorCode.NotOrderable or TransitionErrorCode.UnknownProduct => StatusCodes.Status409Conflict,
        TransitionErrorCode.InsufficientPoints => StatusCodes.Status422UnprocessableEntity,

        // A code added later is a state the caller cannot fix by changing the request.
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The problem answer of <paramref name="error"/>, with <paramref name="extensions"/> (e.g. <c>pointsShort</c>).</summary>
    public static IResult For(TransitionError error, IDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = StatusOf(error.Code);
        var title = status switch
        {
            StatusCodes.Status400BadRequest => "Invalid input",
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status422UnprocessableEntity => "Refused",
            _ => "Conflict",
        };
        return Problems.Problem(status, title, error.Message, error.Code.ToString(), extensions);
    }

    /// <summary>404 for an order that is not the caller's (or does not exist): the same answer either way.</summary>
    public static IResult OrderNotFound() => Problems.NotFound("주문을 찾을 수 없어요.", nameof(TransitionErrorCode.NotFound));
}
