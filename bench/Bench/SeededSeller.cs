namespace Bench;

/// <summary>A seller with orders collected and waiting (주문대기), its simulator account and its product order ids.</summary>
internal sealed record SeededSeller(string SellerId, string AccountId, IReadOnlyList<string> OrderIds);
