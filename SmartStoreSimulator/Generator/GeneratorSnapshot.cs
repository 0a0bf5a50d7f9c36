namespace SmartStoreSimulator.Generator;

/// <summary>One consistent view of the generator settings.</summary>
internal sealed record GeneratorSnapshot(bool Enabled, int Sellers, double OrdersPerMinute, string SellerPrefix);
