using Grains.Interfaces.Orders;
using WebGateway.Http;

namespace WebGateway.Apis.Supplier;

/// <summary>How a refused order command answers over HTTP: one status per <see cref="TransitionErrorCode"/>, the grain's Korean message, the code.</summary>
internal static class OrderCommandProblems
{
    public static IResult From(TransitionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var code = error.Code.ToString();
        return error.Code switch
        {
            TransitionErrorCode.InvalidInput or TransitionErrorCode.UnknownOption =>
                Problems.Invalid(new Dictionary<string, string[]> { ["order"] = [error.Message] }, error.Message),
            TransitionErrorCode.NotFound => Problems.NotFound(error.Message, code),
            TransitionErrorCode.InsufficientPoints => Problems.Unprocessable(error.Message, code),
            _ => Problems.Conflict(error.Message, code),
        };
    }
}
