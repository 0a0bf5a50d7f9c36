using Grains.Interfaces.Orders;
using Grains.Ordering;
using Grains.Tests.ReadModel;

namespace Grains.Tests.Ordering;

public sealed class PlacingPlanTests
{
    // ReadModelRows orders cost 13,500 points each while they wait.
    private static OrderView Waiting(string id) => ReadModelRows.Order(id);

    [Fact]
    public void ThePrefixEndsAtTheFirstOrderTheBalanceNoLongerCovers()
    {
        OrderView?[] orders = [Waiting("a"), Waiting("b"), Waiting("c"), Waiting("d")];

        Assert.Equal(2, PlacingPlan.CoveredPrefix(orders, (13_500 * 3) - 1));
        Assert.Equal(3, PlacingPlan.CoveredPrefix(orders, 13_500 * 3));
        Assert.Equal(0, PlacingPlan.CoveredPrefix(orders, 13_499));
        Assert.Equal(4, PlacingPlan.CoveredPrefix(orders, 1_000_000));
    }

    [Fact]
    public void PlacedOrdersCostNothingMoreAndAnOrderOfUnknownCostEndsThePrefix()
    {
        OrderView?[] orders =
        [
            ReadModelRows.Order("placed", OrderStatus.Ordered),
            Waiting("a"),
            Waiting("b") with { Orderable = false },
            Waiting("c"),
        ];

        Assert.Equal(2, PlacingPlan.CoveredPrefix(orders, 1_000_000));
        Assert.Equal(1, PlacingPlan.CoveredPrefix([Waiting("a"), null, Waiting("b")], 1_000_000));
        Assert.Equal(0, PlacingPlan.CoveredPrefix([Waiting("a") with { Amount = null }, Waiting("b")], 1_000_000));
        Assert.Equal(1, PlacingPlan.CoveredPrefix([ReadModelRows.Order("placed", OrderStatus.Ordered), Waiting("a")], 0));
    }
}
