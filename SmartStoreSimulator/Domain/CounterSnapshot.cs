namespace SmartStoreSimulator.Domain;

/// <summary>Counters of one application and API: every request, the 429s the limiter sent, the faults injected.</summary>
public sealed record CounterSnapshot(long Requests, long RateLimited, long Faults);
