namespace SmartStore.Models;

/// <summary>Naver's <c>delivery</c> object, present once a product order is dispatched.</summary>
/// <param name="DeliveryCompany">Carrier code (e.g. <c>CJGLS</c>; Lotte is <c>HYUNDAI</c>, Logen is <c>KGB</c>).</param>
/// <param name="TrackingNumber">Tracking number sent with the dispatch.</param>
/// <param name="DeliveryMethod">e.g. <c>DELIVERY</c>.</param>
/// <param name="DeliveryStatus">e.g. <c>DELIVERING</c>, <c>DELIVERY_COMPLETION</c>.</param>
/// <param name="SendDate">When it was dispatched.</param>
/// <param name="DeliveredDate">When it was delivered.</param>
public sealed record DeliveryInfo(
    string? DeliveryCompany,
    string? TrackingNumber,
    string? DeliveryMethod,
    string? DeliveryStatus,
    DateTimeOffset? SendDate,
    DateTimeOffset? DeliveredDate);
