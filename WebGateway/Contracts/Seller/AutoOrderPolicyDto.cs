using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts.Seller;

/// <summary>
/// The body and answer of <c>/api/seller/auto-order-policy</c>: how 자동 발주 places orders.
/// </summary>
/// <param name="CancellationBufferMinutes">Minutes after payment before an order is placed automatically (0-1440); required.</param>
/// <param name="MaxCostPerOrder">Orders costing more points are left for the seller; null or absent for no cap.</param>
/// <param name="ExcludedProducts">Product codes never placed automatically; absent for none.</param>
public sealed record class AutoOrderPolicyDto(int? CancellationBufferMinutes, long? MaxCostPerOrder, IReadOnlyList<string?>? ExcludedProducts)
{
    public static AutoOrderPolicyDto From(AutoOrderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(policy.CancellationBufferMinutes, policy.MaxCostPerOrder, policy.ExcludedProducts.IsDefault ? [] : [.. policy.ExcludedProducts]);
    }
}
