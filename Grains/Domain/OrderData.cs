using System.Collections.Immutable;
using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>
/// Everything the order grain persists about one SmartStore product order. Only <see cref="OrderStateMachine"/>
/// produces new values of it, so every change goes through a checked transition.
/// </summary>
/// <param name="SellerId">Owning seller account.</param>
/// <param name="ProductOrderId">SmartStore product order id; the order's identity.</param>
/// <param name="OrderId">SmartStore order id.</param>
/// <param name="OrderedAt">When the buyer ordered.</param>
/// <param name="PaidAt">When the buyer paid.</param>
/// <param name="ProductCode">OnChannel product code.</param>
/// <param name="ProductName">Catalog name, or the SmartStore name while the catalog does not know the code.</param>
/// <param name="ProductImageUrl">Catalog image URL (empty while the catalog does not know the code).</param>
/// <param name="OptionText">SmartStore option text, as collected.</param>
/// <param name="Quantity">Ordered quantity.</param>
/// <param name="Recipient">Shipping address.</param>
/// <param name="Status">Lifecycle state.</param>
/// <param name="Errors">Validation errors and placement notices currently shown.</param>
/// <param name="OptionId">Catalog option the order resolves to; null when unresolved or the product has none.</param>
/// <param name="ChosenOptionId">The seller's explicit 옵션 수정 choice for this order; it wins over text matching.</param>
/// <param name="Amount">KRW price: charged once placed, expected while orderable, otherwise null.</param>
/// <param name="OnchOrderNo">OnChannel order number, once placed.</param>
/// <param name="OnchTracking">Tracking number entered by the supplier.</param>
/// <param name="SmartStoreTracking">Tracking number registered on SmartStore.</param>
/// <param name="CollectedAt">When the order was first collected.</param>
/// <param name="PlacedAt">When it was placed.</param>
/// <param name="UpdatedAt">Time of the last transition.</param>
/// <param name="Version">1 when collected, incremented by every transition that changes something.</param>
[GenerateSerializer, Immutable, Alias("onch.OrderData")]
public sealed record class OrderData(
    [property: Id(0)] string SellerId,
    [property: Id(1)] string ProductOrderId,
    [property: Id(2)] string OrderId,
    [property: Id(3)] DateTimeOffset OrderedAt,
    [property: Id(4)] DateTimeOffset PaidAt,
    [property: Id(5)] string ProductCode,
    [property: Id(6)] string ProductName,
    [property: Id(7)] string ProductImageUrl,
    [property: Id(8)] string OptionText,
    [property: Id(9)] int Quantity,
    [property: Id(10)] Recipient Recipient,
    [property: Id(11)] OrderStatus Status,
    [property: Id(12)] ImmutableArray<OrderError> Errors,
    [property: Id(13)] string? OptionId,
    [property: Id(14)] string? ChosenOptionId,
    [property: Id(15)] long? Amount,
    [property: Id(16)] string? OnchOrderNo,
    [property: Id(17)] Tracking? OnchTracking,
    [property: Id(18)] Tracking? SmartStoreTracking,
    [property: Id(19)] DateTimeOffset CollectedAt,
    [property: Id(20)] DateTimeOffset? PlacedAt,
    [property: Id(21)] DateTimeOffset UpdatedAt,
    [property: Id(22)] long Version)
{
    /// <summary>
    /// True when the order can be placed now (발주 가능): waiting with no validation error. Placement notices
    /// (포인트 부족) do not block it, so the order becomes selectable again as soon as the seller tops up.
    /// </summary>
    public bool Orderable => Status == OrderStatus.Waiting && !Errors.Any(OrderValidator.IsBlocking);

    /// <summary>True once the order has been placed with OnChannel (주문발주 or 배송완료).</summary>
    public bool IsPlaced => Status is OrderStatus.Ordered or OrderStatus.Delivered;

    /// <summary>The http-api <c>Order</c> shape of this state.</summary>
    public OrderView ToView() => new(
        ProductOrderId,
        OrderId,
        OnchOrderNo,
        OrderedAt,
        PaidAt,
        ProductCode,
        ProductName,
        ProductImageUrl,
        OptionText,
        OptionId,
        Quantity,
        Amount,
        Status,
        Orderable,
        Errors.IsDefault ? [] : Errors,
        Recipient,
        OnchTracking,
        SmartStoreTracking,
        UpdatedAt,
        Version);
}
