namespace Bench;

/// <summary>One phase of the <c>push</c> benchmark: changes made, messages expected and received, latency in ms.</summary>
internal sealed record PushResult(int Changes, long Expected, long Received, double P50, double P95, double P99, double Max);
