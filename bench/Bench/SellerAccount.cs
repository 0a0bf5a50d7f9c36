namespace Bench;

/// <summary>A simulated seller and one of its product orders, which the load reads again and again.</summary>
internal sealed record SellerAccount(string AccountId, string ProductOrderId);
