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

    public required string ReceiverName { get; set; }

    public required string ReceiverTel { get; set; }

    public required string ZipCode { get; set; }

    public required string BaseAddress { get; set; }

    public required string DetailedAddress { get; set; }

    public string? ShippingMemo { get; init; }

    public string ProductOrderStatus { get; set; } = "PAYED";

    public string PlaceOrderStatus { get; set; } = "NOT_YET";

    public DateTimeOffset? PlaceOrderDate { get; set; }

    public string? ClaimType { get; set; }

    public string? ClaimStatus { get; set; }

    /// <summary>Set once the buyer changed the address; reported as <c>receiverAddressChanged</c>.</summary>
    public bool ReceiverAddressChanged { get; set; }

    /// <summary>발송 기한; a dispatch delay moves it.</summary>
    public required DateTimeOffset ShippingDueDate { get; set; }

    public string? DelayedDispatchReason { get; set; }

    public string? DelayedDispatchDetailedReason { get; set; }

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

    public int DelayCount { get; set; }

    /// <summary>
    /// A claim the seller must not ship through: requested or being processed. A rejected or withdrawn claim no longer
    /// holds the order back, and a completed one has already moved it out of <c>PAYED</c>.
    /// </summary>
    public bool HasOpenClaim =>
        ClaimStatus is { } status && !status.EndsWith("_REJECT", StringComparison.Ordinal) && !status.EndsWith("_DONE", StringComparison.Ordinal);

    public long TotalPaymentAmount => (UnitPrice * Quantity) + DeliveryFee;

    public void Change(string type, DateTimeOffset at)
    {
        LastChangedType = type;
        LastChangedDate = SimTime.Truncate(at);
    }
}
