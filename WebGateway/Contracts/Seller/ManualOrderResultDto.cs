namespace WebGateway.Contracts.Seller;

/// <summary>
/// A placed 개별 주문: <c>{onchOrderNo, amount, balance}</c>, plus the product order id it is listed under.
/// </summary>
public sealed record class ManualOrderResultDto(string OnchOrderNo, long Amount, long Balance, string ProductOrderId);
