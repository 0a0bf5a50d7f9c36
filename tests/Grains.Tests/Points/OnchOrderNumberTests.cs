using Infrastructure.Points;

namespace Grains.Tests.Points;

/// <summary>The OnChannel order number's shape and its KST day, as plain functions.</summary>
public sealed class OnchOrderNumberTests
{
    [Theory]
    [InlineData("2026-12-01T14:59:59Z", "2026-12-01")]
    [InlineData("2026-12-01T15:00:00Z", "2026-12-02")]
    [InlineData("2026-12-01T15:30:00Z", "2026-12-02")]
    [InlineData("2026-12-31T15:00:00Z", "2027-01-01")]
    [InlineData("2026-12-02T08:59:59+09:00", "2026-12-02")]
    [InlineData("2026-12-01T23:59:59-09:00", "2026-12-02")]
    public void TheDayIsTheKoreanCalendarDayOfTheInstant(string at, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            OnchOrderNumber.KstDay(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void TheSequenceHasSixDigitsAndGrowsASeventhRatherThanRepeating()
    {
        var day = new DateOnly(2026, 12, 1);
        Assert.Equal("ON20261201000001", OnchOrderNumber.Format(day, 1));
        Assert.Equal("ON20261201000042", OnchOrderNumber.Format(day, 42));
        Assert.Equal("ON20261201999999", OnchOrderNumber.Format(day, 999_999));
        Assert.Equal("ON202612011000000", OnchOrderNumber.Format(day, 1_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => OnchOrderNumber.Format(day, 0));
    }
}
