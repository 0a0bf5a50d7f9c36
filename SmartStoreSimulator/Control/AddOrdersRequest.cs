namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/sellers/{accountId}/orders</c>: payment dates spread evenly from..to.</summary>
public sealed record AddOrdersRequest(
    int Count, DateTimeOffset? PaymentFrom, DateTimeOffset? PaymentTo, string? SellerProductCode, string? ProductName, string? ProductOption, int? Quantity);
