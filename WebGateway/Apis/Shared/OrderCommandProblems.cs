using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
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

    /// <summary>The problem <c>code</c> of a 403 for another seller's or supplier's order.</summary>
    public const string NotYoursCode = "NotYours";

    /// <summary>404 for an order that does not exist.</summary>
    public static IResult OrderNotFound() => Problems.NotFound("주문을 찾을 수 없어요.", nameof(TransitionErrorCode.NotFound));

    /// <summary>
    /// The answer for an order the caller's list does not have: 403 when it is another seller's, 404 when nobody has
    /// it (http-api: 403 not yours · 404 unknown). <paramref name="what"/> names the order in the messages when it is
    /// not the one in the path (e.g. a 개별 주문's source order).
    /// </summary>
    public static async Task<IResult> MissingOrderAsync(
        IOrderReadModel readModel, string productOrderId, CancellationToken cancellationToken, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(readModel);
        if (await readModel.SellerOfAsync(productOrderId, cancellationToken) is not null)
        {
            return Problems.Forbidden(what is null ? "다른 판매자의 주문이에요." : $"{what}이 다른 판매자의 주문이에요: {productOrderId}", NotYoursCode);
        }

        return what is null
            ? OrderNotFound()
            : Problems.NotFound($"{what}을 찾을 수 없어요: {productOrderId}", nameof(TransitionErrorCode.NotFound));
    }

    /// <summary>403 for an order of another supplier's product.</summary>
    public static IResult AnotherSuppliersOrder() => Problems.Forbidden("다른 공급사의 주문이에요.", NotYoursCode);

    /// <summary>404 for a product the catalog does not have.</summary>
    public static IResult ProductNotFound(string code) =>
        Problems.NotFound($"온채널에 없는 상품이에요: {code}", nameof(TransitionErrorCode.UnknownProduct));
}
