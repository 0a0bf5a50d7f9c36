namespace Grains.Interfaces.Orders;

/// <summary>
/// A refused order transition: a stable code and a seller-facing Korean message.
/// </summary>
/// <param name="Code">Stable reason, for programs and HTTP status mapping.</param>
/// <param name="Message">Korean explanation, for the seller.</param>
[GenerateSerializer, Immutable, Alias("onch.TransitionError")]
public sealed record class TransitionError(
    [property: Id(0)] TransitionErrorCode Code,
    [property: Id(1)] string Message);
