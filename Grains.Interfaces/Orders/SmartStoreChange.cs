namespace Grains.Interfaces.Orders;

/// <summary>A change SmartStore reported for an order that collection already knows, handed to the order grain.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="ClaimStatus">SmartStore's claim status, shown as the reason of a held order (e.g. <c>CANCEL_REQUEST</c>).</param>
/// <param name="Recipient">The recipient SmartStore holds now, when the change carried the order's details.</param>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreChange")]
public sealed record class SmartStoreChange(
    [property: Id(0)] SmartStoreChangeKind Kind,
    [property: Id(1)] string? ClaimStatus,
    [property: Id(2)] Recipient? Recipient);
