namespace Grains.Interfaces.Sellers;

/// <summary>A verified SmartStore registration as it may be shown: never the secret.</summary>
/// <param name="Mode">Solution or own application.</param>
/// <param name="AccountId">The SmartStore account id in solution mode.</param>
/// <param name="ClientId">The application id in own mode.</param>
/// <param name="VerifiedAt">When a token was issued with these credentials.</param>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreAccount")]
public sealed record class SmartStoreAccount(
    [property: Id(0)] SmartStoreMode Mode,
    [property: Id(1)] string? AccountId,
    [property: Id(2)] string? ClientId,
    [property: Id(3)] DateTimeOffset VerifiedAt);
