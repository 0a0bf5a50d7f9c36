namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>PUT /_sim/clock</c>: how far the simulator's clock runs ahead (positive) or behind (negative).</summary>
public sealed record ClockRequest(double OffsetMs);
