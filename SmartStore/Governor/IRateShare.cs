namespace SmartStore.Governor;

/// <summary>
/// The fraction of the platform application's rate budget this process may use. With N active silos each takes
/// 1/N, so together they pace the application as one client without a coordinator on the hot path.
/// </summary>
public interface IRateShare
{
    /// <summary>A value in (0, 1]; read on every pacing decision, so it may change while running.</summary>
    double Fraction { get; }
}
