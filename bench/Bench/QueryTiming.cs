namespace Bench;

/// <summary>The timed calls of one query: how many rows each returned, and their latency.</summary>
internal sealed record QueryTiming(string Name, int Rows, Latency Latency);
