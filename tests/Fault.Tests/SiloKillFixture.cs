namespace Fault.Tests;

/// <summary>Two silos and one gateway, as separate processes: the silo kill tests.</summary>
public sealed class SiloKillFixture : ClusterFixture
{
    protected override string Name => "silokill";

    protected override int SiloCount => 2;

    protected override int GatewayCount => 1;
}
