namespace WebGateway;

/// <summary>
/// Names the gateway's assembly for <c>WebApplicationFactory&lt;GatewayEntryPoint&gt;</c>: the tests also reference
/// the silo and the simulator, whose top-level <c>Program</c> classes share the gateway's name.
/// </summary>
public sealed class GatewayEntryPoint
{
    private GatewayEntryPoint()
    {
    }
}
