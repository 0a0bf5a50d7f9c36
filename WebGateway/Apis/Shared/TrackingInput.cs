using Grains.Interfaces.Orders;
using WebGateway.Contracts;

namespace WebGateway.Apis.Shared;

/// <summary>A tracking number body (seller's SmartStore tracking, supplier's 송장 입력), checked by the order grain's own rule.</summary>
internal static class TrackingInput
{
    /// <summary>The tracking of <paramref name="body"/>, trimmed; null with the problem added (by <see cref="CarrierCodes.Problem"/>) when it is not one.</summary>
    public static Tracking? Read(TrackingDto? body, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var tracking = new Tracking(body?.DeliveryCompanyCode?.Trim() ?? "", body?.TrackingNumber?.Trim() ?? "");
        if (CarrierCodes.Problem(tracking) is not { } problem)
        {
            return tracking;
        }

        var carrierWrong = string.IsNullOrEmpty(tracking.DeliveryCompanyCode) || !CarrierCodes.Known.ContainsKey(tracking.DeliveryCompanyCode);
        errors.Add(carrierWrong ? "deliveryCompanyCode" : "trackingNumber", problem);
        return null;
    }
}
