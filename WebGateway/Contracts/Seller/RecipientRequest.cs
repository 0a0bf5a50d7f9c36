namespace WebGateway.Contracts.Seller;

/// <summary>Where a 개별 주문 ships, as the seller enters it.</summary>
public sealed record class RecipientRequest(string? Name, string? Phone, string? ZipCode, string? Address);
