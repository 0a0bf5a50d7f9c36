namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/orders/{productOrderId}/address</c>: the buyer's new recipient; null fields stay.</summary>
public sealed record AddressChangeRequest(
    string? Name = null, string? Tel = null, string? ZipCode = null, string? BaseAddress = null, string? DetailedAddress = null);
