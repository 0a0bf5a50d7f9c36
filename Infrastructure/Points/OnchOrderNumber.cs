using System.Globalization;

namespace Infrastructure.Points;

/// <summary>
/// The shape of an OnChannel order number: <c>ON</c> + the KST date + a daily sequence of at least six digits, e.g.
/// <c>ON20261201000042</c>. Korea keeps UTC+9 all year (no daylight saving), so the date is a fixed offset away.
/// </summary>
public static class OnchOrderNumber
{
    /// <summary>Korea Standard Time's offset from UTC.</summary>
    public static TimeSpan KstOffset { get; } = TimeSpan.FromHours(9);

    /// <summary>The KST calendar day of <paramref name="at"/>, the day whose sequence a number is taken from.</summary>
    public static DateOnly KstDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(KstOffset).DateTime);

    /// <summary>
    /// The number of the <paramref name="sequence"/>th order of <paramref name="day"/>. Past 999,999 orders in a day
    /// the sequence grows a seventh digit instead of failing: the number stays unique (and longer).
    /// </summary>
    public static string Format(DateOnly day, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"ON{day:yyyyMMdd}{sequence:D6}");
    }
}
