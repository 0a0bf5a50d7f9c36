using System.Diagnostics.Metrics;

namespace WebGateway.Operations;

/// <summary>
/// The gateway's own instruments (meter <see cref="MeterName"/>): live-push latency and delivered messages, and the
/// hub's open connections, and login attempts by result. Exported with the rest at <c>/metrics</c>.
/// </summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "OnChannel.Gateway";

    private readonly Histogram<double> _pushLatency;
    private readonly Counter<long> _pushed;
    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _logins;

    public GatewayMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _pushLatency = meter.CreateHistogram<double>(
            "onchannel.push.latency", unit: "ms",
            description: "From the grain's persisted change to the hub sending it to the group",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] });
        _pushed = meter.CreateCounter<long>("onchannel.push.messages", description: "Live updates sent to hub groups, by kind");
        _connections = meter.CreateUpDownCounter<long>("onchannel.hub.connections", description: "Open connections of /hubs/orders, by role");
        _logins = meter.CreateCounter<long>(
            "onchannel.auth.logins", unit: "{attempt}",
            description: "Login attempts at POST /api/auth/token, by result (succeeded, refused, disabled, limited, invalid)");
    }

    /// <summary>One live update of <paramref name="kind"/> sent, <paramref name="latency"/> after it was persisted.</summary>
    public void Pushed(string kind, TimeSpan latency)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        _pushed.Add(1, tag);
        _pushLatency.Record(Math.Max(0, latency.TotalMilliseconds), tag);
    }

    /// <summary>A hub connection of <paramref name="role"/> opened.</summary>
    public void ConnectionOpened(string role) => _connections.Add(1, new KeyValuePair<string, object?>("role", role));

    /// <summary>A login attempt ended with <paramref name="result"/> (a fixed word, never the login id).</summary>
    public void LoginAttempted(string result) => _logins.Add(1, new KeyValuePair<string, object?>("result", result));

    /// <summary>A hub connection of <paramref name="role"/> closed.</summary>
    public void ConnectionClosed(string role) => _connections.Add(-1, new KeyValuePair<string, object?>("role", role));
}
