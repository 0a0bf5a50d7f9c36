namespace WebGateway.Contracts.Seller;

/// <summary><c>POST /api/seller/sale-applications</c> (판매 신청): the products to apply for.</summary>
public sealed record class SaleApplicationRequest(IReadOnlyList<string?>? ProductCodes);
