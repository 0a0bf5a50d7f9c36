using Grains.Domain;
using Grains.Interfaces.Orders;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

/// <summary>An order the buyer canceled after placing is not shipped: its supplier cannot enter tracking for it.</summary>
public sealed class CanceledShipmentTests
{
    [Fact]
    public void TheSupplierCannotEnterTrackingForAnOrderTheBuyerCanceled()
    {
        var placed = Succeed(OrderStateMachine.BeginPlacing(Orderable(), new Placement("ON-7", 14_000, "supplier-1", "opt-red", Later), Later));
        placed = Succeed(OrderStateMachine.CompletePlacing(placed, Later));
        var canceled = Succeed(OrderStateMachine.Cancel(placed, Later.AddMinutes(1)));

        var (result, dispatch) = OrderStateMachine.EnterSupplierTracking(canceled, "supplier-1", new Tracking("CJGLS", "123456789012"), Later.AddMinutes(2));

        Assert.False(result.Succeeded);
        Assert.Equal(TransitionErrorCode.NotAllowedInCurrentState, result.Error?.Code);
        Assert.False(dispatch);
        Assert.Null(result.State.OnchTracking);
    }

    [Fact]
    public void APlacementAboveTheLargestPostingIsRefusedBeforeAnythingIsTaken()
    {
        var order = Orderable();

        var result = OrderStateMachine.BeginPlacing(order, new Placement("ON-8", Grains.Points.WalletGrain.MaxAmount + 1, "supplier-1", "opt-red", Later), Later);

        Assert.Equal(TransitionErrorCode.InvalidInput, result.Error?.Code);
        Assert.Null(result.State.Placement);
    }
}
