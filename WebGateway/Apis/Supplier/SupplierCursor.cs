using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Grains.Interfaces.ReadModel;

namespace WebGateway.Apis.Supplier;

/// <summary>
/// The <c>cursor</c> of the supplier's order pages: the read model's keyset position (placing time and product order
/// id) as one opaque URL-safe string, so that clients never build or read it.
/// </summary>
internal static class SupplierCursor
{
    private const int MaxLength = 200;

    public static string Encode(OrderPageCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var text = string.Create(CultureInfo.InvariantCulture, $"{cursor.OrderedAt.UtcTicks}|{cursor.ProductOrderId}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The position <paramref name="value"/> names, or null when it is not a cursor this gateway made.</summary>
    public static OrderPageCursor? Decode(string value)
    {
        if (value.Length is 0 or > MaxLength || !Base64Url.IsValid(value))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        var separator = text.IndexOf('|', StringComparison.Ordinal);
        if (separator <= 0 || separator == text.Length - 1
            || !long.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }

        var id = text[(separator + 1)..];
        return id.All(char.IsAsciiLetterOrDigit) ? new OrderPageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id) : null;
    }
}
