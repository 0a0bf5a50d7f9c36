namespace SmartStoreSimulator.Generator;

/// <summary>One consistent view of the generator settings.</summary>
public sealed record GeneratorSnapshot(bool Enabled, int Sellers, double OrdersPerMinute, string SellerPrefix);
