namespace SmartStore.Models;

/// <summary>One element of <c>data.lastChangeStatuses</c>: a product order that changed in the window.</summary>
public sealed record LastChangedStatus(
    string ProductOrderId,
    string? OrderId,
    string? LastChangedType,
    DateTimeOffset LastChangedDate,
    DateTimeOffset? PaymentDate,
    string? ProductOrderStatus,
    string? ClaimType,
    string? ClaimStatus,
    bool ReceiverAddressChanged,
    string? GiftReceivingStatus);
