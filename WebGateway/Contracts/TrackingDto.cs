using Grains.Interfaces.Orders;

namespace WebGateway.Contracts;

/// <summary>A carrier (SmartStore code) and tracking number; also the body of the tracking endpoints.</summary>
public sealed record class TrackingDto(string? DeliveryCompanyCode, string? TrackingNumber)
{
    public static TrackingDto? FromOrNull(Tracking? tracking) =>
        tracking is null ? null : new(tracking.DeliveryCompanyCode, tracking.TrackingNumber);
}
