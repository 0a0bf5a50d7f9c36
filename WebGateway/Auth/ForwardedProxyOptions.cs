using System.Net;

namespace WebGateway.Auth;

/// <summary>
/// Which reverse proxies the gateway believes about the client's address; bound from the <c>ForwardedHeaders</c>
/// section. Only a request that arrives from one of them has its <c>X-Forwarded-For</c> honoured (the login limiter
/// counts per client address); without any, the header is ignored, so a client cannot choose its own address.
/// </summary>
public sealed class ForwardedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary><c>ForwardedHeaders__KnownProxies</c>: comma-separated IP addresses of the proxies in front of the gateway.</summary>
    public string? KnownProxies { get; set; }

    /// <summary>The addresses of <see cref="KnownProxies"/>; null when one of them is not an IP address.</summary>
    public IReadOnlyList<IPAddress>? Addresses()
    {
        var addresses = new List<IPAddress>();
        foreach (var part in (KnownProxies ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IPAddress.TryParse(part, out var address))
            {
                return null;
            }

            addresses.Add(address);
        }

        return addresses;
    }
}
