using Grains.Interfaces.Orders;
using SmartStore.Models;

namespace Grains.Collection;

/// <summary>What SmartStore's product orders and change records mean for collection (product.md section 3).</summary>
public static class SmartStoreFacts
{
    private const string CancelClaim = "CANCEL";
    private const string AdminCancelClaim = "ADMIN_CANCEL";

    /// <summary>True while a buyer's or an admin's cancel claim is open: SmartStore has not decided it yet.</summary>
    public static bool IsCancelRequested(string? claimType, string? claimStatus) =>
        claimType is CancelClaim or AdminCancelClaim && claimStatus is "CANCEL_REQUEST" or "CANCELING" or "ADMIN_CANCELING";

    /// <summary>True when the product order is canceled (status CANCELED or a completed cancel claim).</summary>
    public static bool IsCanceled(string? productOrderStatus, string? claimStatus) =>
        productOrderStatus is ProductOrderStatuses.Canceled or "CANCELED_BY_NOPAYMENT" || claimStatus is "CANCEL_DONE" or "ADMIN_CANCEL_DONE";

    /// <summary>
    /// True when SmartStore reports the product order delivered, or already purchase-decided (which comes after
    /// delivery, so a missed DELIVERED change is still applied).
    /// </summary>
    public static bool IsDelivered(string? productOrderStatus) =>
        productOrderStatus is ProductOrderStatuses.Delivered or ProductOrderStatuses.PurchaseDecided;

    /// <summary>
    /// 신규주문(발주 전) that collection takes: paid, not yet confirmed, no cancel claim open or done (a rejected or
    /// withdrawn claim does not stop it), and an address to ship to.
    /// </summary>
    public static bool IsCollectable(ProductOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        // SmartStore's own 신규주문(발주 전) rule, plus a completed cancellation Naver may show before the status moves.
        return order.IsNewOrder && !IsCanceled(order.ProductOrderStatus, order.ClaimStatus);
    }

    /// <summary>The recipient SmartStore holds for <paramref name="order"/>.</summary>
    public static Recipient RecipientOf(ProductOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var address = order.ShippingAddress;
        return new Recipient(
            address?.Name ?? string.Empty,
            address?.Tel1 ?? address?.Tel2 ?? string.Empty,
            address?.ZipCode ?? string.Empty,
            string.Join(' ', new[] { address?.BaseAddress, address?.DetailedAddress }.Where(part => !string.IsNullOrWhiteSpace(part))));
    }

    /// <summary>The collected facts of <paramref name="order"/>, whose OnChannel code is <paramref name="productCode"/>.</summary>
    public static CollectedOrder ToCollected(ProductOrder order, string sellerId, string productCode)
    {
        ArgumentNullException.ThrowIfNull(order);
        var paidAt = order.PaymentDate ?? order.OrderDate ?? DateTimeOffset.MinValue;
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
            RecipientOf(order));
    }

    /// <summary>
    /// What a known order must learn from SmartStore's current <paramref name="order"/>: its claim (held, released or
    /// canceled), its recipient, and its delivery.
    /// </summary>
    public static SmartStoreChange ChangeOf(ProductOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var kind = IsCanceled(order.ProductOrderStatus, order.ClaimStatus) ? SmartStoreChangeKind.Canceled
            : IsCancelRequested(order.ClaimType, order.ClaimStatus) ? SmartStoreChangeKind.CancelRequested
            : IsDelivered(order.ProductOrderStatus) ? SmartStoreChangeKind.Delivered
            : SmartStoreChangeKind.Current;
        return new SmartStoreChange(kind, order.ClaimStatus, order.ShippingAddress is null ? null : RecipientOf(order));
    }

    /// <summary>What a change record alone says for a known order; null when it needs the order's details (or nothing).</summary>
    public static SmartStoreChange? ChangeOf(LastChangedStatus change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (IsCanceled(change.ProductOrderStatus, change.ClaimStatus))
        {
            return new SmartStoreChange(SmartStoreChangeKind.Canceled, change.ClaimStatus, null);
        }

        if (IsCancelRequested(change.ClaimType, change.ClaimStatus))
        {
            return new SmartStoreChange(SmartStoreChangeKind.CancelRequested, change.ClaimStatus, null);
        }

        if (IsDelivered(change.ProductOrderStatus))
        {
            return new SmartStoreChange(SmartStoreChangeKind.Delivered, null, null);
        }

        // A rejected or withdrawn claim: the order is no longer held.
        return change.LastChangedType == "CLAIM_REJECTED" || change.ClaimStatus is "CANCEL_REJECT" or "ADMIN_CANCEL_REJECT"
            ? new SmartStoreChange(SmartStoreChangeKind.Current, null, null)
            : null;
    }

    /// <summary>True when the change record says the buyer changed the delivery address (the details hold the new one).</summary>
    public static bool IsAddressChange(LastChangedStatus change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.ReceiverAddressChanged || change.LastChangedType == "DELIVERY_ADDRESS_CHANGED";
    }
}
