using System.Globalization;

namespace SmartStore.Internal;

/// <summary>Naver's date-time format: milliseconds and an explicit KST offset, <c>+</c> escaped in query strings.</summary>
internal static class KstTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static string Format(DateTimeOffset value) =>
        value.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    // EscapeDataString turns '+' into %2B; left as '+', the server would decode "+09:00" as " 09:00".
    public static string ForQuery(DateTimeOffset value) => Uri.EscapeDataString(Format(value));

    /// <summary>Drops what Naver's millisecond format cannot carry, so a value compares equal after a round trip.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Splits [from, to] into windows of at most 24 hours; consecutive windows share their boundary instant.</summary>
    public static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Windows(DateTimeOffset from, DateTimeOffset to)
    {
        var start = from;
        while (true)
        {
            var end = start.AddHours(24) < to ? start.AddHours(24) : to;
            yield return (start, end);
            if (end >= to)
            {
                yield break;
            }

            start = end;
        }
    }
}
