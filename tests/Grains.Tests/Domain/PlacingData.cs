using Grains.Domain;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

/// <summary>Builders for orders in the placing protocol, reached through real transitions.</summary>
internal static class PlacingData
{
    /// <summary>When a placing built here completes.</summary>
    public static readonly DateTimeOffset PlacedTime = Later.AddMinutes(5);

    public static Placement APlacement(long amount = 14_000, string number = "ON-7") =>
        new(number, amount, "supplier-1", "opt-red", Later);

    /// <summary>An order whose placing has begun (points not yet charged).</summary>
    public static OrderData Placing(OrderData? order = null) =>
        Succeed(OrderStateMachine.BeginPlacing(order ?? Orderable(), APlacement(), Later));

    /// <summary>An order placed at <see cref="PlacedTime"/> with supplier-1, owing SmartStore its 발주확인.</summary>
    public static OrderData Placed(OrderData? order = null) =>
        Succeed(OrderStateMachine.CompletePlacing(Placing(order), PlacedTime));

    /// <summary>An orderable 개별 주문 of the red option.</summary>
    public static OrderData Manual()
    {
        var created = OrderStateMachine.CollectManual(Order(), "opt-red", Context(Product()), Collected);
        Assert.True(created.Succeeded, created.Error?.Message);
        return created.State!;
    }
}
