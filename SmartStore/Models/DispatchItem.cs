namespace SmartStore.Models;

/// <summary>One product order to dispatch (발송처리).</summary>
/// <param name="ProductOrderId">The product order.</param>
/// <param name="DeliveryCompanyCode">Naver carrier code (<c>CJGLS</c>, <c>HYUNDAI</c> for Lotte, <c>KGB</c> for Logen...).</param>
/// <param name="TrackingNumber">The carrier's tracking number.</param>
/// <param name="DispatchDate">When the parcel left; sent in KST.</param>
/// <param name="DeliveryMethod">Usually <c>DELIVERY</c>.</param>
public sealed record DispatchItem(
    string ProductOrderId,
    string? DeliveryCompanyCode,
    string? TrackingNumber,
    DateTimeOffset DispatchDate,
    string DeliveryMethod = "DELIVERY");
