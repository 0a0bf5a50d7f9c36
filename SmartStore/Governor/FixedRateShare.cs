namespace SmartStore.Governor;

/// <summary>A constant share, e.g. 0.5 for one of two silos when membership is known up front.</summary>
public sealed class FixedRateShare : IRateShare
{
    /// <summary>Creates a share of <paramref name="fraction"/> of the budget.</summary>
    public FixedRateShare(double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1.0);
        Fraction = fraction;
    }

    /// <inheritdoc />
    public double Fraction { get; }
}
