namespace Grains.Interfaces.Orders;

/// <summary>Grain keys of order grains.</summary>
/// <remarks>
/// SmartStore product order ids are digit strings, which the ADO.NET provider would store as numbers; the prefix keeps
/// each id its own row.
/// </remarks>
public static class OrderKey
{
    private const string Prefix = "order:";

    /// <summary>The grain key of the order for this SmartStore product order id.</summary>
    public static string For(string productOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productOrderId);
        return Prefix + productOrderId;
    }

    /// <summary>
    /// The product order id of a 개별 주문: <c>M-</c> + the seller + the client's request id, so one seller's request
    /// id never meets another's.
    /// </summary>
    public static string ManualId(string sellerId, string requestId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        return $"M-{sellerId}-{requestId}";
    }

    /// <summary>The grain key of a 개별 주문.</summary>
    public static string ForManual(string sellerId, string requestId) => For(ManualId(sellerId, requestId));

    /// <summary>The product order id inside a grain key made by <see cref="For(string)"/>.</summary>
    public static string ProductOrderIdOf(string grainKey) =>
        grainKey.StartsWith(Prefix, StringComparison.Ordinal)
            ? grainKey[Prefix.Length..]
            : throw new ArgumentException($"'{grainKey}' is not an order grain key.", nameof(grainKey));
}
