namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/sellers</c>.</summary>
public sealed record CreateSellerRequest(string? AccountId);
