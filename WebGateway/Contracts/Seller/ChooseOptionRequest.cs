namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>PUT /api/seller/orders/{productOrderId}/option</c> (옵션 수정): the catalog option of the order; <c>""</c> picks
/// the product itself for a product without options.
/// </summary>
public sealed record class ChooseOptionRequest(string? OptionId);
