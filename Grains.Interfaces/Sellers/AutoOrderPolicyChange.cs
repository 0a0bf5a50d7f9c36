namespace Grains.Interfaces.Sellers;

/// <summary>The outcome of saving an auto-order policy.</summary>
/// <param name="Accepted">Whether it was saved.</param>
/// <param name="Policy">The policy in force after the call.</param>
/// <param name="Error">A Korean message when refused.</param>
[GenerateSerializer, Immutable, Alias("onch.AutoOrderPolicyChange")]
public sealed record class AutoOrderPolicyChange(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] AutoOrderPolicy Policy,
    [property: Id(2)] string? Error);
