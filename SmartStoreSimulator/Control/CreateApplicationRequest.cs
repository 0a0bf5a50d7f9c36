namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/applications</c>; an owner account makes it a seller's own application.</summary>
public sealed record CreateApplicationRequest(
    string? ClientId, string? ClientSecret, string? OwnerAccountId, double? RatePerSecond, Dictionary<string, double>? Rates, double? TokenLifetimeSeconds);
