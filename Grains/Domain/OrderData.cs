using System.Collections.Immutable;
using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>
/// Everything the order grain persists about one SmartStore product order. Only <see cref="OrderStateMachine"/>
/// produces new values of it, so every change goes through a checked transition.
/// </summary>
/// <param name="Source">
/// What SmartStore sent, as collected; before placing, a buyer's address change replaces its recipient.
/// </param>
/// <param name="ProductName">Catalog name, or the SmartStore name while the catalog does not know the code.</param>
/// <param name="ProductImageUrl">Catalog image URL (empty while the catalog does not know the code).</param>
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
/// <param name="CancelRequest">A buyer's cancel request SmartStore holds open (취소 요청); the order waits for its outcome.</param>
/// <param name="BuyerCanceledAt">When a buyer cancellation was seen after placing (the supplier is told; points are refunded by the ordering flow).</param>
/// <param name="ChangedRecipient">A delivery address the buyer changed after placing, for the supplier.</param>
/// <param name="Placement">A placing in progress (points being charged); see <see cref="OrderStateMachine.BeginPlacing"/>.</param>
/// <param name="SupplierId">The supplier the order was handed to, once placed.</param>
/// <param name="SmartStore">발주확인 / 발송처리 / 발송 지연 on SmartStore, once placed (null for a manual order).</param>
/// <param name="RefundedAt">When the points of a buyer-canceled placed order were refunded.</param>
/// <param name="Manual">True for a 개별 주문, which has no SmartStore order to confirm or dispatch.</param>
/// <param name="ReplacedBy">
/// The request id of the 개별 주문 made from this collected order: the buyer's order already has an OnChannel order, so
/// this one stays 수집실패 with 주문 건 중복 and can never be placed (see <see cref="OrderStateMachine.ReplaceByManual"/>).
/// </param>
[GenerateSerializer, Immutable, Alias("onch.OrderData")]
public sealed record class OrderData(
    [property: Id(0)] CollectedOrder Source,
    [property: Id(1)] string ProductName,
    [property: Id(2)] string ProductImageUrl,
    [property: Id(3)] OrderStatus Status,
    [property: Id(4)] ImmutableArray<OrderError> Errors,
    [property: Id(5)] string? OptionId,
    [property: Id(6)] string? ChosenOptionId,
    [property: Id(7)] long? Amount,
    [property: Id(8)] string? OnchOrderNo,
    [property: Id(9)] Tracking? OnchTracking,
    [property: Id(10)] Tracking? SmartStoreTracking,
    [property: Id(11)] DateTimeOffset CollectedAt,
    [property: Id(12)] DateTimeOffset? PlacedAt,
    [property: Id(13)] DateTimeOffset UpdatedAt,
    [property: Id(14)] long Version,
    [property: Id(15)] CancelRequest? CancelRequest = null,
    [property: Id(16)] DateTimeOffset? BuyerCanceledAt = null,
    [property: Id(17)] Recipient? ChangedRecipient = null,
    [property: Id(18)] Placement? Placement = null,
    [property: Id(19)] string? SupplierId = null,
    [property: Id(20)] SmartStoreSync? SmartStore = null,
    [property: Id(21)] DateTimeOffset? RefundedAt = null,
    [property: Id(22)] bool Manual = false,
    [property: Id(23)] string? ReplacedBy = null)
{
    /// <summary>Owning seller account.</summary>
    public string SellerId => Source.SellerId;

    /// <summary>SmartStore product order id; the order's identity.</summary>
    public string ProductOrderId => Source.ProductOrderId;

    /// <summary>OnChannel product code.</summary>
    public string ProductCode => Source.ProductCode;

    /// <summary>SmartStore option text, as collected.</summary>
    public string OptionText => Source.OptionText;

    /// <summary>Ordered quantity.</summary>
    public int Quantity => Source.Quantity;

    /// <summary>Where the supplier ships (the address at placing; see <see cref="ChangedRecipient"/> after it).</summary>
    public Recipient Recipient => Source.Recipient;

    /// <summary>
    /// True when the order can be placed now (발주 가능): waiting with no validation error and no open cancel request.
    /// Placement notices (포인트 부족) do not block it, so the order becomes selectable again as soon as the seller
    /// tops up.
    /// </summary>
    public bool Orderable => Status == OrderStatus.Waiting && CancelRequest is null && Placement is null && !Errors.Any(OrderValidator.IsBlocking);

    /// <summary>True once the order has been placed with OnChannel (주문발주 or 배송완료).</summary>
    public bool IsPlaced => Status is OrderStatus.Ordered or OrderStatus.Delivered;

    /// <summary>The http-api <c>Order</c> shape of this state.</summary>
    public OrderView ToView() => new(
        Source.ProductOrderId,
        Source.OrderId,
        OnchOrderNo,
        Source.OrderedAt,
        Source.PaidAt,
        Source.ProductCode,
        ProductName,
        ProductImageUrl,
        Source.OptionText,
        OptionId,
        Source.Quantity,
        Amount,
        Status,
        Orderable,
        ShownErrors(),
        Source.Recipient,
        OnchTracking,
        SmartStoreTracking,
        UpdatedAt,
        Version,
        SupplierId,
        PlacedAt,
        SmartStore,
        Manual);

    // The cancel request and what changed after placing are shown with the order's reasons, so every list and push
    // carries them without a second shape.
    private ImmutableArray<OrderError> ShownErrors()
    {
        var errors = Errors.IsDefault ? [] : Errors;
        if (CancelRequest is { } request)
        {
            errors = errors.Add(new OrderError(OrderErrorCode.CancelRequested, $"{OrderError.StandardMessage(OrderErrorCode.CancelRequested)} ({request.ClaimStatus})"));
        }

        if (BuyerCanceledAt is not null)
        {
            errors = errors.Add(OrderError.Of(OrderErrorCode.CanceledAfterPlacing));
        }

        if (ChangedRecipient is { } changed)
        {
            errors = errors.Add(new OrderError(
                OrderErrorCode.AddressChangedAfterPlacing,
                $"{OrderError.StandardMessage(OrderErrorCode.AddressChangedAfterPlacing)}: {changed.Name} {changed.Phone} ({changed.ZipCode}) {changed.Address}"));
        }

        return errors;
    }
}
