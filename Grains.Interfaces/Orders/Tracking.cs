namespace Grains.Interfaces.Orders;

/// <summary>
/// A shipment tracking number with its carrier.
/// </summary>
/// <param name="DeliveryCompanyCode">SmartStore carrier code (<c>CJGLS</c>, <c>HANJIN</c>, <c>EPOST</c>, ...).</param>
/// <param name="TrackingNumber">The carrier's tracking number (송장번호).</param>
[GenerateSerializer, Immutable, Alias("onch.Tracking")]
public sealed record class Tracking(
    [property: Id(0)] string DeliveryCompanyCode,
    [property: Id(1)] string TrackingNumber);
