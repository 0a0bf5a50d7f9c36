namespace Infrastructure.Hosting;

/// <summary>The meters and activity sources every process exports, beside its own.</summary>
public static class TelemetryNames
{
    /// <summary>Orleans' runtime and client instruments (messaging, activations, storage, gateways).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The activity source of grain calls between application grains.</summary>
    public const string OrleansApplicationSource = "Microsoft.Orleans.Application";

    /// <summary>The activity source of Orleans' own system calls.</summary>
    public const string OrleansRuntimeSource = "Microsoft.Orleans.Runtime";

    /// <summary>The <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable: when set, traces and metrics are also pushed there.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Where the Prometheus text format is served.</summary>
    public const string MetricsPath = "/metrics";
}
