namespace Grains.Interfaces.Orders;

/// <summary>The result of placing one order (발주하기), as the http-api place answer shows it.</summary>
/// <param name="ProductOrderId">The order.</param>
/// <param name="Placed">True when the order is placed (now, or before: placing again never charges again).</param>
/// <param name="OnchOrderNo">Its OnChannel order number when placed.</param>
/// <param name="Amount">The KRW points it cost (or would cost).</param>
/// <param name="Error">Why it was not placed.</param>
/// <param name="PointsShort">When refused for lack of points: how many more points it needs.</param>
[GenerateSerializer, Immutable, Alias("onch.PlaceOutcome")]
public sealed record class PlaceOutcome(
    [property: Id(0)] string ProductOrderId,
    [property: Id(1)] bool Placed,
    [property: Id(2)] string? OnchOrderNo,
    [property: Id(3)] long? Amount,
    [property: Id(4)] TransitionError? Error,
    [property: Id(5)] long? PointsShort);
