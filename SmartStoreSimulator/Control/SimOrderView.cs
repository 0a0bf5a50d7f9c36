namespace SmartStoreSimulator.Control;

/// <summary>
/// The simulator's own view of a product order (<c>GET /_sim/orders/{id}</c>), with the write counters that let a
/// test prove a confirm, dispatch or delay was applied exactly once.
/// </summary>
public sealed record SimOrderView(
    string ProductOrderId,
    string OrderId,
    string ProductOrderStatus,
    string PlaceOrderStatus,
    string? ClaimType,
    string? ClaimStatus,
    DateTimeOffset PaymentDate,
    string LastChangedType,
    DateTimeOffset LastChangedDate,
    string? SellerProductCode,
    string? DeliveryCompany,
    string? TrackingNumber,
    DateTimeOffset ShippingDueDate,
    string? DelayedDispatchReason,
    string ReceiverName,
    string ZipCode,
    string BaseAddress,
    string DetailedAddress,
    bool ReceiverAddressChanged,
    int ConfirmCount,
    int DispatchCount,
    int DelayCount);
