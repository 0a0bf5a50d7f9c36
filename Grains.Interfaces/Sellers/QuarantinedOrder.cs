namespace Grains.Interfaces.Sellers;

/// <summary>A product order collection gave up on, shown with the reason so that a person can look at it.</summary>
/// <param name="ProductOrderId">SmartStore product order id.</param>
/// <param name="Reason">Why, in Korean for the seller.</param>
/// <param name="At">When it was quarantined.</param>
[GenerateSerializer, Immutable, Alias("onch.QuarantinedOrder")]
public sealed record class QuarantinedOrder(
    [property: Id(0)] string ProductOrderId,
    [property: Id(1)] string Reason,
    [property: Id(2)] DateTimeOffset At);
