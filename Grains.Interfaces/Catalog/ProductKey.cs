namespace Grains.Interfaces.Catalog;

/// <summary>Grain keys of catalog product grains.</summary>
/// <remarks>Prefixed like every string key, so the ADO.NET provider never reads a code as a number.</remarks>
public static class ProductKey
{
    private const string Prefix = "product:";

    /// <summary>The grain key of the catalog product with this code.</summary>
    public static string For(string productCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productCode);
        return Prefix + productCode;
    }

    /// <summary>The product code inside a grain key made by <see cref="For(string)"/>.</summary>
    public static string CodeOf(string grainKey) =>
        grainKey.StartsWith(Prefix, StringComparison.Ordinal)
            ? grainKey[Prefix.Length..]
            : throw new ArgumentException($"'{grainKey}' is not a product grain key.", nameof(grainKey));
}
