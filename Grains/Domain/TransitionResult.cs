using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>
/// Outcome of an order transition. On refusal <see cref="State"/> is the unchanged input and <see cref="Error"/> says
/// why; on success <see cref="Changed"/> tells the grain whether there is anything to persist and announce (repeating
/// a transition that already happened, such as a second delete, succeeds without a change).
/// </summary>
/// <param name="State">The state after the transition (the input state when refused or unchanged).</param>
/// <param name="Changed">True when <see cref="State"/> differs from the input; its version was incremented.</param>
/// <param name="Error">Why the transition was refused; null on success.</param>
public sealed record class TransitionResult(OrderData State, bool Changed, TransitionError? Error)
{
    /// <summary>True when the transition was allowed.</summary>
    public bool Succeeded => Error is null;
}
