using System.Diagnostics.CodeAnalysis;
using Grains.Interfaces.Orders;
using Infrastructure.Accounts;

namespace WebGateway.Apis.Shared;

/// <summary>
/// The shapes of the ids the gateway accepts in paths, queries and bodies. Ids are checked before any grain or query
/// sees them, so a malformed or hostile id is a 400 and never activates a grain.
/// </summary>
internal static class Ids
{
    /// <summary>
    /// The longest product order id: SmartStore's are 16 digits, a 개별 주문's is <c>M:</c> + seller id (≤ 32) + <c>:</c>
    /// + request id (≤ <see cref="MaxRequestIdLength"/>).
    /// </summary>
    public const int MaxOrderIdLength = 100;

    /// <summary>The longest client request id (개별 주문, top-ups).</summary>
    public const int MaxRequestIdLength = 64;

    /// <summary>The 400 message of a malformed request id.</summary>
    public const string RequestIdProblem = "requestId는 1~64자의 영문, 숫자, '-', '_'여야 해요.";

    /// <summary>
    /// True for a product order id: 1 to <see cref="MaxOrderIdLength"/> characters of <c>[A-Za-z0-9_-]</c>, or a
    /// 개별 주문's id (<see cref="OrderKey.ManualId"/>) of a well-formed seller id and request id.
    /// </summary>
    public static bool IsOrderId([NotNullWhen(true)] string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxOrderIdLength
        && (id.All(IsIdChar) || (OrderKey.TryParseManualId(id, out var sellerId, out var requestId) && AccountIds.IsValid(sellerId) && IsRequestId(requestId)));

    /// <summary>True for a client request id: 1 to <see cref="MaxRequestIdLength"/> characters of <c>[A-Za-z0-9_-]</c>.</summary>
    public static bool IsRequestId([NotNullWhen(true)] string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxRequestIdLength && id.All(IsIdChar);

    /// <summary>The 400 message of a malformed order id.</summary>
    public static string OrderIdProblem(string? id) =>
        string.IsNullOrEmpty(id) ? "주문번호를 입력해 주세요." : $"주문번호는 {MaxOrderIdLength}자 이내의 영문, 숫자, '-', '_'여야 해요 (개별 주문은 M:판매자:요청ID).";

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
