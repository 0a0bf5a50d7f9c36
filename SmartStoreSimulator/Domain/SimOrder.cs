namespace SmartStoreSimulator.Domain;

/// <summary>One simulated product order; mutated only under its seller's lock.</summary>
internal sealed class SimOrder
{
    public required string ProductOrderId { get; init; }

    public required string OrderId { get; init; }

    public required DateTimeOffset OrderDate { get; init; }

    public required DateTimeOffset PaymentDate { get; init; }

    public required string ProductId { get; init; }

    public required string ProductName { get; init; }

    public required string ProductOption { get; init; }

    public required string? SellerProductCode { get; init; }

    public required int Quantity { get; init; }

    public required long UnitPrice { get; init; }

    public required long DeliveryFee { get; init; }

    public required string OrdererName { get; init; }

    public required string ReceiverName { get; init; }

    public required string ReceiverTel { get; init; }

    public required string ZipCode { get; init; }

    public required string BaseAddress { get; init; }

    public required string DetailedAddress { get; init; }

    public string? ShippingMemo { get; init; }

    public string ProductOrderStatus { get; set; } = "PAYED";

    public string PlaceOrderStatus { get; set; } = "NOT_YET";

    public DateTimeOffset? PlaceOrderDate { get; set; }

    public string? ClaimType { get; set; }

    public string? ClaimStatus { get; set; }

    public string? DeliveryCompany { get; set; }

    public string? TrackingNumber { get; set; }

    public string? DeliveryMethod { get; set; }

    public string? DeliveryStatus { get; set; }

    public DateTimeOffset? SendDate { get; set; }

    public DateTimeOffset? DeliveredDate { get; set; }

    public string LastChangedType { get; set; } = "PAYED";

    public DateTimeOffset LastChangedDate { get; set; }

    /// <summary>How many confirms and dispatches were applied: a second one would be a duplicate write.</summary>
    public int ConfirmCount { get; set; }

    public int DispatchCount { get; set; }

    public long TotalPaymentAmount => (UnitPrice * Quantity) + DeliveryFee;

    public void Change(string type, DateTimeOffset at)
    {
        LastChangedType = type;
        LastChangedDate = SimTime.Truncate(at);
    }
}
