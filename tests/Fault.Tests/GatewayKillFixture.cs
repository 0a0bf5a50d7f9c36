namespace Fault.Tests;

/// <summary>One silo and two gateways behind the balancer, as separate processes: the gateway kill test.</summary>
public sealed class GatewayKillFixture : ClusterFixture
{
    protected override string Name => "gatewaykill";

    protected override int SiloCount => 1;

    protected override int GatewayCount => 2;
}
