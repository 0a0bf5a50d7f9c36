using Grains.Interfaces.Orders;
using SmartStore.Models;

namespace Grains.Sellers;

/// <summary>Reads SmartStore product orders and change records the way collection needs them.</summary>
internal static class ProductOrderMapping
{
    /// <summary>The collected facts of <paramref name="order"/>, whose OnChannel code is <paramref name="productCode"/>.</summary>
    public static CollectedOrder ToCollected(this ProductOrder order, string sellerId, string productCode)
    {
        var paidAt = order.PaymentDate ?? order.OrderDate ?? DateTimeOffset.MinValue;
        var address = order.ShippingAddress;
        var recipient = new Recipient(
            address?.Name ?? string.Empty,
            address?.Tel1 ?? address?.Tel2 ?? string.Empty,
            address?.ZipCode ?? string.Empty,
            string.Join(' ', new[] { address?.BaseAddress, address?.DetailedAddress }.Where(part => !string.IsNullOrWhiteSpace(part))));
        return new CollectedOrder(
            sellerId,
            order.ProductOrderId,
            order.OrderId,
            order.OrderDate ?? paidAt,
            paidAt,
            productCode,
            order.ProductName ?? string.Empty,
            order.ProductOption ?? string.Empty,
            order.Quantity,
            recipient);
    }

    /// <summary>True when the buyer canceled or asked to cancel (a cancel claim not rejected, or status CANCELED).</summary>
    public static bool IsCanceled(string? productOrderStatus, string? claimType, string? claimStatus) =>
        productOrderStatus == ProductOrderStatuses.Canceled
        || (claimType is "CANCEL" or "ADMIN_CANCEL" && claimStatus is not ("CANCEL_REJECT" or "ADMIN_CANCEL_REJECT"));

    /// <summary>
    /// True when SmartStore reports the product order delivered, or already purchase-decided (which comes after
    /// delivery, so a missed DELIVERED change is still applied).
    /// </summary>
    public static bool IsDelivered(string? productOrderStatus) =>
        productOrderStatus is ProductOrderStatuses.Delivered or ProductOrderStatuses.PurchaseDecided;
}
