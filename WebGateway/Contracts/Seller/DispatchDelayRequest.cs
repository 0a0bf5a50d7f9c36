namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>POST /api/seller/orders/{productOrderId}/dispatch-delay</c> (발송 지연): the new dispatch due date, Naver's
/// reason code and the seller's explanation shown to the buyer.
/// </summary>
public sealed record class DispatchDelayRequest(DateTimeOffset? DispatchDueDate, string? Reason, string? Detail);
