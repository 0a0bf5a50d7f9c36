using System.Globalization;

namespace SmartStoreSimulator.Domain;

/// <summary>Naver's wire format for date-times: milliseconds and the KST offset.</summary>
internal static class SimTime
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.fffzzz", "yyyy-MM-dd'T'HH:mm:sszzz"];

    public static string Format(DateTimeOffset value) =>
        value.ToOffset(Kst).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? value) => value is { } v ? Format(v) : null;

    /// <summary>Strict parse: a '+' decoded as a space by the query string fails here, as it does at Naver.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Stored times keep millisecond precision so that paging cursors round-trip exactly.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);
}
