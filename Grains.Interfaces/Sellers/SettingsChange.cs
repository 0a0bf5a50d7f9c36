namespace Grains.Interfaces.Sellers;

/// <summary>The outcome of a settings update: accepted with the settings now in force, or refused with a reason.</summary>
/// <param name="Accepted">Whether the requested settings were saved.</param>
/// <param name="Settings">The settings in force after the call (unchanged when refused).</param>
/// <param name="Error">A seller-facing Korean message when refused.</param>
[GenerateSerializer, Immutable, Alias("onch.SettingsChange")]
public sealed record class SettingsChange(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] SellerSettings Settings,
    [property: Id(2)] string? Error);
