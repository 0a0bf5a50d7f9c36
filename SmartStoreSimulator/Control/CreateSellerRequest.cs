namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/sellers</c>.</summary>
internal sealed record CreateSellerRequest(string? AccountId);
