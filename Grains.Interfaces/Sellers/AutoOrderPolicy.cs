using System.Collections.Immutable;

namespace Grains.Interfaces.Sellers;

/// <summary>How 자동 발주 places a seller's orders.</summary>
/// <param name="CancellationBufferMinutes">Wait this long after payment before placing, so quick buyer cancellations cost nothing (0-1440).</param>
/// <param name="MaxCostPerOrder">Orders costing more points than this are left for the seller; null for no cap.</param>
/// <param name="ExcludedProducts">Product codes never placed automatically.</param>
[GenerateSerializer, Immutable, Alias("onch.AutoOrderPolicy")]
public sealed record class AutoOrderPolicy(
    [property: Id(0)] int CancellationBufferMinutes,
    [property: Id(1)] long? MaxCostPerOrder,
    [property: Id(2)] ImmutableArray<string> ExcludedProducts)
{
    /// <summary>The policy of a new seller: a 10-minute buffer, no cap, nothing excluded.</summary>
    public static AutoOrderPolicy Default { get; } = new(10, null, []);
}
