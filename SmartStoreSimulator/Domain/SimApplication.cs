using System.Collections.Concurrent;

namespace SmartStoreSimulator.Domain;

/// <summary>A registered Commerce API application: a solution app (no owner) or a seller's own app.</summary>
internal sealed class SimApplication(string clientId, string clientSecret, string? ownerAccountId, double defaultRate, TimeSpan tokenLifetime)
{
    public string ClientId { get; } = clientId;

    public string ClientSecret { get; } = clientSecret;

    public string? OwnerAccountId { get; } = ownerAccountId;

    public double DefaultRate { get; set; } = defaultRate;

    public TimeSpan TokenLifetime { get; } = tokenLifetime;

    public ConcurrentDictionary<string, double> Rates { get; } = new();

    public ConcurrentDictionary<string, SimTokenBucket> Buckets { get; } = new();

    /// <summary>The current token per (type, account): Naver keeps one token per resource.</summary>
    public ConcurrentDictionary<(string Type, string? AccountId), SimToken> CurrentTokens { get; } = new();

    public Lock TokenGate { get; } = new();

    public double RateFor(string api) => Rates.TryGetValue(api, out var rate) ? rate : DefaultRate;

    public SimTokenBucket BucketFor(string api, TimeProvider time) =>
        Buckets.GetOrAdd(api, key => new SimTokenBucket(RateFor(key), time));
}
