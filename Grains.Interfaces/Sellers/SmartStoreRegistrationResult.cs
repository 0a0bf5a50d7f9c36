namespace Grains.Interfaces.Sellers;

/// <summary>The outcome of a SmartStore registration.</summary>
/// <param name="Accepted">True when a token was issued and the registration saved.</param>
/// <param name="Account">The registration in force after the call (the previous one when refused, or null).</param>
/// <param name="ErrorCode">When refused: <c>InvalidInput</c> or the SmartStore error code (e.g. <c>GW.AUTHN</c>).</param>
/// <param name="ErrorMessage">When refused: a message for the seller.</param>
/// <param name="TraceId">Naver's trace id of the failed verification, for support.</param>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreRegistrationResult")]
public sealed record class SmartStoreRegistrationResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] SmartStoreAccount? Account,
    [property: Id(2)] string? ErrorCode,
    [property: Id(3)] string? ErrorMessage,
    [property: Id(4)] string? TraceId);
