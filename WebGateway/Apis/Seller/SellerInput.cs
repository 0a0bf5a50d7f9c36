using System.Globalization;
using WebGateway.Apis.Shared;

namespace WebGateway.Apis.Seller;

/// <summary>Query values only the seller endpoints read (ids, sizes and statuses are in <c>Apis/Shared</c>).</summary>
internal static class SellerInput
{
    /// <summary>Reads an optional positive long; null when absent.</summary>
    public static bool TryPositiveLong(string? text, string field, FieldErrors errors, out long? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
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
}
