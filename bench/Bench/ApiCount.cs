using SmartStoreSimulator.Client;

namespace Bench;

/// <summary>Requests the simulator received and the 429s it answered; the rest were accepted.</summary>
internal readonly record struct ApiCount(long Requests, long RateLimited)
{
    public long Accepted => Requests - RateLimited;

    public static ApiCount operator -(ApiCount after, ApiCount before) =>
        new(after.Requests - before.Requests, after.RateLimited - before.RateLimited);

    /// <summary>The simulator's own count of requests of one application to one API, and of the 429s among them.</summary>
    public static async Task<ApiCount> ReadAsync(SimulatorClient simulator, string clientId, string api) =>
        (await simulator.CountersAsync(clientId)).TryGetValue(api, out var counter)
            ? new ApiCount(counter.Requests, counter.RateLimited)
            : new ApiCount(0, 0);
}
