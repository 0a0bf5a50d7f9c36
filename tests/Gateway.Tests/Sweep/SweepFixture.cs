namespace Gateway.Tests.Sweep;

/// <summary>
/// A <see cref="GatewayFixture"/> of the bad-input sweep alone: its own database, so that the sweep can compare the
/// whole of it before and after without another test's writes in between.
/// </summary>
public sealed class SweepFixture : GatewayFixture;
