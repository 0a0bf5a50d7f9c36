namespace Grains.Sellers;

/// <summary>What a <see cref="SmartStoreAccountClaimGrain"/> persists: the seller holding the account.</summary>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreAccountClaimState")]
public sealed record class SmartStoreAccountClaimState
{
    [Id(0)]
    public string? Holder { get; init; }

    /// <summary>When the holder claimed it; a fresh claim may belong to a registration still being verified.</summary>
    [Id(1)]
    public DateTimeOffset ClaimedAt { get; init; }
}
