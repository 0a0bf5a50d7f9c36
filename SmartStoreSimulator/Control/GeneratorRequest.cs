namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>PUT /_sim/generator</c>.</summary>
public sealed record GeneratorRequest(bool? Enabled, int? Sellers, double? OrdersPerMinute);
