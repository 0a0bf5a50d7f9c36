using System.Collections.Immutable;

namespace Grains.Interfaces.Orders;

/// <summary>
/// An order as the seller sees it: the http-api <c>Order</c> shape (plus <see cref="Version"/>), returned by the order
/// grain, written to the read model and pushed to dashboards.
/// </summary>
/// <param name="ProductOrderId">SmartStore product order id; the order's identity.</param>
/// <param name="OrderId">SmartStore order id (one order may hold several product orders).</param>
/// <param name="OnchOrderNo">OnChannel order number, once placed.</param>
/// <param name="OrderedAt">When the buyer ordered on SmartStore.</param>
/// <param name="PaidAt">When the buyer paid on SmartStore.</param>
/// <param name="ProductCode">OnChannel product code.</param>
/// <param name="ProductName">Product name.</param>
/// <param name="ProductImageUrl">Product image URL.</param>
/// <param name="OptionText">Option text as the buyer chose it on SmartStore.</param>
/// <param name="OptionId">The catalog option the order resolves to, when one does.</param>
/// <param name="Quantity">Ordered quantity.</param>
/// <param name="Amount">KRW price: charged once placed, expected while orderable, otherwise absent.</param>
/// <param name="Status">Lifecycle state.</param>
/// <param name="Orderable">True when the order can be placed now (발주 가능).</param>
/// <param name="Errors">Reasons shown on the order.</param>
/// <param name="Recipient">Shipping address.</param>
/// <param name="OnchTracking">Tracking number entered by the supplier.</param>
/// <param name="SmartStoreTracking">Tracking number registered on SmartStore.</param>
/// <param name="UpdatedAt">Time of the last transition.</param>
/// <param name="Version">Incremented by every transition; lets readers drop stale updates.</param>
/// <param name="SupplierId">The supplier the order was handed to, once placed.</param>
/// <param name="PlacedAt">When it was placed (주문발주).</param>
/// <param name="SmartStore">Its 발주확인 / 발송처리 / 발송 지연 on SmartStore, once placed; null for a manual order.</param>
/// <param name="Manual">True for a 개별 주문 (no SmartStore order behind it).</param>
[GenerateSerializer, Immutable, Alias("onch.OrderView")]
public sealed record class OrderView(
    [property: Id(0)] string ProductOrderId,
    [property: Id(1)] string OrderId,
    [property: Id(2)] string? OnchOrderNo,
    [property: Id(3)] DateTimeOffset OrderedAt,
    [property: Id(4)] DateTimeOffset PaidAt,
    [property: Id(5)] string ProductCode,
    [property: Id(6)] string ProductName,
    [property: Id(7)] string ProductImageUrl,
    [property: Id(8)] string OptionText,
    [property: Id(9)] string? OptionId,
    [property: Id(10)] int Quantity,
    [property: Id(11)] long? Amount,
    [property: Id(12)] OrderStatus Status,
    [property: Id(13)] bool Orderable,
    [property: Id(14)] ImmutableArray<OrderError> Errors,
    [property: Id(15)] Recipient Recipient,
    [property: Id(16)] Tracking? OnchTracking,
    [property: Id(17)] Tracking? SmartStoreTracking,
    [property: Id(18)] DateTimeOffset UpdatedAt,
    [property: Id(19)] long Version,
    [property: Id(20)] string? SupplierId = null,
    [property: Id(21)] DateTimeOffset? PlacedAt = null,
    [property: Id(22)] SmartStoreSync? SmartStore = null,
    [property: Id(23)] bool Manual = false);
