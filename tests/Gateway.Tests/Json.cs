using System.Text.Json;

namespace Gateway.Tests;

/// <summary>The gateway's JSON settings, for reading its answers the way a client would.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        WebGateway.Extensions.GatewayHostingExtensions.ConfigureJson(options);
        return options;
    }
}
