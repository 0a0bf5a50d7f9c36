using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts.Seller;

/// <summary>
/// The answer of 판매 신청 and 전체 판매신청: the codes applied for (including ones applied for before), the codes
/// refused (not in the catalog), and how many of the seller's orders were validated again.
/// </summary>
public sealed record class SaleApplicationResultDto(IReadOnlyList<string> Applied, IReadOnlyList<string> Rejected, int Revalidated)
{
    public static SaleApplicationResultDto From(SaleApplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new([.. result.Applied], [.. result.Rejected], result.RevalidatedOrders);
    }
}
