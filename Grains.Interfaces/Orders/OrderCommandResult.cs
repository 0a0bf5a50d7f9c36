namespace Grains.Interfaces.Orders;

/// <summary>The outcome of a command on an order: the order after it, or why it was refused (nothing changed).</summary>
/// <param name="Order">The order after the command; null when there is no such order (or not the caller's).</param>
/// <param name="Error">Why the command was refused; null on success.</param>
[GenerateSerializer, Immutable, Alias("onch.OrderCommandResult")]
public sealed record class OrderCommandResult(
    [property: Id(0)] OrderView? Order,
    [property: Id(1)] TransitionError? Error)
{
    /// <summary>True when the command was applied (or was already in effect).</summary>
    public bool Succeeded => Error is null && Order is not null;
}
