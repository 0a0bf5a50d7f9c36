using System.Globalization;

namespace WebGateway.Hubs;

/// <summary>The id this gateway process registers under in the live directory: new at every start.</summary>
public sealed class LiveGatewayIdentity
{
    public string Id { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}");
}
