namespace Grains.Interfaces.Orders;

/// <summary>What happened when collection handed an order to its grain.</summary>
/// <param name="Created">True when this call created the order; false when it was already known (nothing was reset).</param>
/// <param name="Duplicate">
/// True when the same SmartStore product order already has an OnChannel order of another seller account
/// (주문 건 중복 오류); that order is left as it is.
/// </param>
/// <param name="Order">The order (the existing one when not created); null when refused or a duplicate.</param>
/// <param name="Error">Why the collected facts were refused; null otherwise.</param>
[GenerateSerializer, Immutable, Alias("onch.CollectOutcome")]
public sealed record class CollectOutcome(
    [property: Id(0)] bool Created,
    [property: Id(1)] bool Duplicate,
    [property: Id(2)] OrderView? Order,
    [property: Id(3)] TransitionError? Error);
