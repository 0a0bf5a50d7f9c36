using System.Collections.Concurrent;

namespace SmartStoreSimulator.Domain;

/// <summary>Requests, 429s and injected faults per application per API, for tests and benchmarks.</summary>
internal sealed class ApiCounters
{
    private readonly ConcurrentDictionary<(string ClientId, string Api), Cell> _cells = new();

    public void Request(string clientId, string api) => Interlocked.Increment(ref CellFor(clientId, api).Requests);

    public void RateLimited(string clientId, string api) => Interlocked.Increment(ref CellFor(clientId, api).RateLimited);

    public void Fault(string clientId, string api) => Interlocked.Increment(ref CellFor(clientId, api).Faults);

    public Dictionary<string, Dictionary<string, CounterSnapshot>> Snapshot(string? clientId) =>
        _cells.Where(pair => clientId is null || pair.Key.ClientId == clientId)
            .GroupBy(pair => pair.Key.ClientId)
            .ToDictionary(
                group => group.Key,
                group => group.ToDictionary(
                    pair => pair.Key.Api,
                    pair => new CounterSnapshot(
                        Interlocked.Read(ref pair.Value.Requests),
                        Interlocked.Read(ref pair.Value.RateLimited),
                        Interlocked.Read(ref pair.Value.Faults))));

    private Cell CellFor(string clientId, string api) => _cells.GetOrAdd((clientId, api), static _ => new Cell());

    private sealed class Cell
    {
        public long Requests;
        public long RateLimited;
        public long Faults;
    }
}
