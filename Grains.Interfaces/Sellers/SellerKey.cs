namespace Grains.Interfaces.Sellers;

/// <summary>Grain keys of seller grains.</summary>
/// <remarks>
/// The ADO.NET storage provider stores string keys that parse as hex numbers or GUIDs as numbers (a seller called
/// "cafe" or "0123" would collide with others), so every key carries a prefix that is never hex.
/// </remarks>
public static class SellerKey
{
    private const string Prefix = "seller:";

    /// <summary>The grain key of the seller with this id.</summary>
    public static string For(string sellerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        return Prefix + sellerId;
    }

    /// <summary>The seller id inside a grain key made by <see cref="For(string)"/>.</summary>
    public static string SellerIdOf(string grainKey) =>
        grainKey.StartsWith(Prefix, StringComparison.Ordinal)
            ? grainKey[Prefix.Length..]
            : throw new ArgumentException($"'{grainKey}' is not a seller grain key.", nameof(grainKey));
}
