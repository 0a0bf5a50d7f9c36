namespace Grains.Interfaces.Sellers;

/// <summary>스마트스토어 계정 등록: what the seller enters.</summary>
/// <param name="Mode">Solution (account id) or own application (client id + secret).</param>
/// <param name="AccountId">The SmartStore account id or UID; required in solution mode.</param>
/// <param name="ClientId">The seller's application id; required in own mode.</param>
/// <param name="ClientSecret">The seller's application secret; required in own mode. Encrypted at rest, never returned.</param>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreRegistration")]
public sealed record class SmartStoreRegistration(
    [property: Id(0)] SmartStoreMode Mode,
    [property: Id(1)] string? AccountId,
    [property: Id(2)] string? ClientId,
    [property: Id(3)] string? ClientSecret)
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"SmartStoreRegistration({Mode}, AccountId = {AccountId}, ClientId = {ClientId})";
}
