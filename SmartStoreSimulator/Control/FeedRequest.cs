namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>PUT /_sim/feed</c>: how long a change takes to appear in <c>last-changed-statuses</c>.</summary>
public sealed record FeedRequest(double LagMs);
