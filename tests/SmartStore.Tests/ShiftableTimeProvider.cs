namespace SmartStore.Tests;

/// <summary>The system clock moved forward on demand, to reach a token's renewal margin without waiting.</summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    private TimeSpan _shift;

    public void Advance(TimeSpan by) => _shift += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
