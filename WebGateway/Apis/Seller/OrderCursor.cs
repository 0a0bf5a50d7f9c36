using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Grains.Interfaces.ReadModel;

namespace WebGateway.Apis.Seller;

/// <summary>
/// The opaque paging cursor of the order lists: base64url of the last order's <c>orderedAt</c> (round-trip format) and
/// product order id. Clients pass it back as they got it; anything else is a 400.
/// </summary>
internal static class OrderCursor
{
    private const char Separator = '|';

    public static string Encode(OrderPageCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var text = cursor.OrderedAt.ToString("O", CultureInfo.InvariantCulture) + Separator + cursor.ProductOrderId;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The cursor in <paramref name="text"/>; null when it is absent; false when it is not one this gateway made.</summary>
    public static bool TryDecode(string? text, out OrderPageCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > 400 || !Base64Url.IsValid(text))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(text));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }

        var split = decoded.IndexOf(Separator, StringComparison.Ordinal);
        if (split <= 0
            || !DateTimeOffset.TryParseExact(decoded[..split], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var orderedAt)
            || !SellerInput.IsOrderId(decoded[(split + 1)..]))
        {
            return false;
        }

        cursor = new OrderPageCursor(orderedAt, decoded[(split + 1)..]);
        return true;
    }
}
