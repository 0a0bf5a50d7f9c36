namespace SmartStoreSimulator.Domain;

/// <summary>What to create when adding orders; every field left empty is filled with realistic sample data.</summary>
internal sealed record OrderSpec(
    int Count,
    DateTimeOffset? PaymentFrom,
    DateTimeOffset? PaymentTo,
    string? SellerProductCode,
    string? ProductName,
    string? ProductOption,
    int? Quantity);
