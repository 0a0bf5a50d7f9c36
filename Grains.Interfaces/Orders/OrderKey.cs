namespace Grains.Interfaces.Orders;

/// <summary>Grain keys of order grains.</summary>
/// <remarks>
/// SmartStore product order ids are digit strings, which the ADO.NET provider would store as numbers; the prefix keeps
/// each id its own row.
/// </remarks>
public static class OrderKey
{
    private const string Prefix = "order:";
    private const string ManualPrefix = "M:";
    private const char ManualSeparator = ':';

    /// <summary>The grain key of the order for this SmartStore product order id.</summary>
    public static string For(string productOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productOrderId);
        return Prefix + productOrderId;
    }

    /// <summary>
    /// The product order id of a 개별 주문: <c>M:</c> + the seller + <c>:</c> + the client's request id, so one seller's
    /// request id never meets another's. The separator is outside the characters of seller ids (<c>[a-z0-9_-]</c>) and
    /// request ids (<c>[A-Za-z0-9_-]</c>): seller <c>abc</c> with request <c>def-1</c> and seller <c>abc-def</c> with
    /// request <c>1</c> are two orders. SmartStore's ids are digits only, so they never look like one.
    /// </summary>
    public static string ManualId(string sellerId, string requestId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        if (sellerId.Contains(ManualSeparator, StringComparison.Ordinal) || requestId.Contains(ManualSeparator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A seller id or request id cannot hold '{ManualSeparator}'.");
        }

        return $"{ManualPrefix}{sellerId}{ManualSeparator}{requestId}";
    }

    /// <summary>The seller and request id of a 개별 주문's product order id made by <see cref="ManualId"/>; false for any other id.</summary>
    public static bool TryParseManualId(string? productOrderId, out string sellerId, out string requestId)
    {
        sellerId = requestId = string.Empty;
        if (productOrderId is null || !productOrderId.StartsWith(ManualPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = productOrderId[ManualPrefix.Length..];
        var split = rest.IndexOf(ManualSeparator, StringComparison.Ordinal);
        if (split <= 0 || split == rest.Length - 1 || rest.IndexOf(ManualSeparator, split + 1) >= 0)
        {
            return false;
        }

        (sellerId, requestId) = (rest[..split], rest[(split + 1)..]);
        return true;
    }

    /// <summary>The grain key of a 개별 주문.</summary>
    public static string ForManual(string sellerId, string requestId) => For(ManualId(sellerId, requestId));

    /// <summary>The product order id inside a grain key made by <see cref="For(string)"/>.</summary>
    public static string ProductOrderIdOf(string grainKey) =>
        grainKey.StartsWith(Prefix, StringComparison.Ordinal)
            ? grainKey[Prefix.Length..]
            : throw new ArgumentException($"'{grainKey}' is not an order grain key.", nameof(grainKey));
}
