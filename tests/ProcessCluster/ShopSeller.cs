namespace ProcessCluster;

/// <summary>A seller of a fault scenario: its login, its simulator account and the product its orders are for.</summary>
/// <param name="SellerId">The OnChannel seller (login id).</param>
/// <param name="Api">The HTTP API with the seller's token, through the balancer.</param>
/// <param name="AccountId">The SmartStore (simulator) account registered in solution mode.</param>
/// <param name="ProductCode">The catalog product the seller applied for and its orders use.</param>
public sealed record ShopSeller(string SellerId, GatewayApi Api, string AccountId, string ProductCode);
