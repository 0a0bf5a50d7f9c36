namespace Grains.Interfaces.Sellers;

/// <summary>How long a caller waits for a 발주하기 request (see <see cref="ISellerGrain.PlaceOrdersAsync"/>).</summary>
public static class PlacingTimeouts
{
    /// <summary>
    /// Three minutes: in a burst of 100 sellers a 100-order request took 22.7 s on two cores (bench place), so the
    /// largest request, 200 orders, takes about twice that, and one more of the same seller may be waiting before it.
    /// </summary>
    public const string Request = "00:03:00";
}
