namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>PUT /_sim/applications/{clientId}/rates</c>.</summary>
public sealed record RatesRequest(double? RatePerSecond, Dictionary<string, double>? Rates);
