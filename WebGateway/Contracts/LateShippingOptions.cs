using System.ComponentModel.DataAnnotations;
using Grains.Interfaces.Orders;

namespace WebGateway.Contracts;

/// <summary>When the gateway flags a placed order as 발송 지연 위험; bound from the <c>Fulfillment</c> section.</summary>
public sealed class LateShippingOptions
{
    public const string SectionName = "Fulfillment";

    /// <summary><c>Fulfillment__LateShippingAfter</c>: placed this long without a tracking number (default 24 hours).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan LateShippingAfter { get; set; } = ShippingDeadline.DefaultThreshold;
}
