using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>
/// Outcome of <see cref="OrderStateMachine.Collect"/>.
/// </summary>
/// <param name="State">The order: new when <see cref="Created"/>, else the existing one untouched; null when refused.</param>
/// <param name="Created">True when this call created the order (persist and announce it); false when already known.</param>
/// <param name="Error">Why the collected facts were refused; null on success.</param>
public sealed record class CollectResult(OrderData? State, bool Created, TransitionError? Error)
{
    /// <summary>True when the order exists after the call (created now or known before).</summary>
    public bool Succeeded => Error is null;
}
