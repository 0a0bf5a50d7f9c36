using Grains.Interfaces.Orders;

namespace Grains.Ordering;

/// <summary>How much of a 발주하기 request may be placed at once without changing what placing in order answers.</summary>
public static class PlacingPlan
{
    /// <summary>How many orders of the covered prefix are placed at the same time.</summary>
    public const int Parallelism = 8;

    /// <summary>
    /// The length of the longest prefix of <paramref name="orders"/> (as each order answered just before, in the
    /// request's order) that <paramref name="balance"/> surely covers: placed orders cost nothing more, orderable ones
    /// their expected amount. The prefix ends at the first order whose cost is not known (not collected, not orderable,
    /// without an amount), since placing re-validates it and it might then cost something.
    /// </summary>
    public static int CoveredPrefix(IReadOnlyList<OrderView?> orders, long balance)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var left = balance;
        for (var i = 0; i < orders.Count; i++)
        {
            var cost = orders[i] switch
            {
                { OnchOrderNo: not null } => 0,
                { Orderable: true, Amount: { } amount and > 0 } => amount,
                _ => (long?)null,
            };
            if (cost is not { } known || known > left)
            {
                return i;
            }

            left -= known;
        }

        return orders.Count;
    }
}
