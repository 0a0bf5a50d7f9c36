namespace SmartStore.Governor;

/// <summary>The default share for a single process: the whole budget.</summary>
public sealed class FullRateShare : IRateShare
{
    /// <inheritdoc />
    public double Fraction => 1.0;
}
