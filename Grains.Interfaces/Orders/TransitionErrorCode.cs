namespace Grains.Interfaces.Orders;

/// <summary>
/// Why an order transition was refused. A refused transition changes nothing.
/// </summary>
[GenerateSerializer, Alias("onch.TransitionErrorCode")]
public enum TransitionErrorCode
{
    /// <summary>The input itself is malformed (HTTP 400).</summary>
    InvalidInput = 0,

    /// <summary>The transition is not allowed from the order's current status (HTTP 409).</summary>
    NotAllowedInCurrentState = 1,

    /// <summary>The order is already placed (주문발주 or later), so this cannot happen any more (HTTP 409).</summary>
    AlreadyPlaced = 2,

    /// <summary>The order is waiting or failed but has errors that block placing it (HTTP 409).</summary>
    NotOrderable = 3,

    /// <summary>The order's product is not in the catalog (HTTP 404 with this code: the product is unknown, nothing to choose from).</summary>
    UnknownProduct = 4,

    /// <summary>The chosen option id is not an option of the order's product (HTTP 400).</summary>
    UnknownOption = 5,

    /// <summary>There is no such order for the caller (never collected, or another seller's): HTTP 404.</summary>
    NotFound = 6,

    /// <summary>Placing was refused because the point balance is too low; nothing was charged (HTTP 422).</summary>
    InsufficientPoints = 7,
}
