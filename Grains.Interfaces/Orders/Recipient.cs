namespace Grains.Interfaces.Orders;

/// <summary>
/// Where the supplier ships an order: the SmartStore buyer's shipping address.
/// </summary>
/// <param name="Name">Recipient name.</param>
/// <param name="Phone">Recipient phone number.</param>
/// <param name="ZipCode">Postal code.</param>
/// <param name="Address">Full address (base and detail).</param>
[GenerateSerializer, Immutable, Alias("onch.Recipient")]
public sealed record class Recipient(
    [property: Id(0)] string Name,
    [property: Id(1)] string Phone,
    [property: Id(2)] string ZipCode,
    [property: Id(3)] string Address);
