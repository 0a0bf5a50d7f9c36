using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Grains.Interfaces.Orders;

namespace WebGateway.Apis.Seller;

/// <summary>
/// What the seller endpoints accept in paths and queries. Ids are checked before any grain or query sees them, so a
/// malformed or hostile id is a 400 and never activates a grain.
/// </summary>
internal static class SellerInput
{
    /// <summary>
    /// The longest product order id: SmartStore's are 16 digits, a 개별 주문's is <c>M-</c> + seller id (≤ 32) + <c>-</c>
    /// + request id (≤ 64).
    /// </summary>
    public const int MaxOrderIdLength = 100;

    /// <summary>Orders per page when the caller does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The most orders per page (the read model's own bound).</summary>
    public const int MaxPageSize = 500;

    private static readonly string ValidStatuses = string.Join(", ", Enum.GetNames<OrderStatus>());

    /// <summary>True for 1 to <see cref="MaxOrderIdLength"/> characters of <c>[A-Za-z0-9_-]</c>.</summary>
    public static bool IsOrderId([NotNullWhen(true)] string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxOrderIdLength && id.All(IsIdChar);

    /// <summary>True for a client request id: 1 to 64 characters of <c>[A-Za-z0-9_-]</c>.</summary>
    public static bool IsRequestId([NotNullWhen(true)] string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(IsIdChar);

    /// <summary>The 400 message of a malformed order id.</summary>
    public static string OrderIdProblem(string? id) =>
        string.IsNullOrEmpty(id) ? "주문번호를 입력해 주세요." : $"주문번호는 {MaxOrderIdLength}자 이내의 영문, 숫자, '-', '_'여야 해요.";

    /// <summary>
    /// Reads <c>status</c>: empty for every status, else one name of <see cref="OrderStatus"/> (any case; numbers are
    /// not names).
    /// </summary>
    public static bool TryStatus(string? text, FieldErrors errors, out OrderStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var name = Enum.GetNames<OrderStatus>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add("status", $"주문 상태는 다음 중 하나여야 해요: {ValidStatuses}");
            return false;
        }

        status = Enum.Parse<OrderStatus>(name);
        return true;
    }

    /// <summary>Reads an optional whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public static bool TryInt(string? text, string field, int min, int max, int fallback, FieldErrors errors, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            errors.Add(field, $"{field}는 {min}에서 {max} 사이의 정수여야 해요.");
            return false;
        }

        return true;
    }

    /// <summary>Reads an optional positive long; null when absent.</summary>
    public static bool TryPositiveLong(string? text, string field, FieldErrors errors, out long? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
        {
            errors.Add(field, $"{field}는 1 이상의 정수여야 해요.");
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
