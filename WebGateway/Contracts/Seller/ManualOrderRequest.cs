namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>POST /api/seller/manual-orders</c> (개별 주문). <see cref="RequestId"/> is chosen by the client: the same id
/// never orders or charges twice.
/// </summary>
public sealed record class ManualOrderRequest(
    string? RequestId,
    string? ProductCode,
    string? OptionId,
    int? Quantity,
    RecipientRequest? Recipient,
    string? Memo,
    string? FromProductOrderId);
