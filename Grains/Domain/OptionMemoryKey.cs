using Grains.Interfaces.Catalog;

namespace Grains.Domain;

/// <summary>
/// Key of a remembered option choice: a product code and a normalized SmartStore option text. Build it with
/// <see cref="For"/> so equal texts that differ only in whitespace share one key.
/// </summary>
/// <param name="ProductCode">OnChannel product code.</param>
/// <param name="OptionText">Option text normalized by <see cref="OptionTextNormalizer.Normalize"/>.</param>
[GenerateSerializer, Immutable, Alias("onch.OptionMemoryKey")]
public sealed record class OptionMemoryKey(
    [property: Id(0)] string ProductCode,
    [property: Id(1)] string OptionText)
{
    /// <summary>The key for <paramref name="productCode"/> and the normalized <paramref name="optionText"/>.</summary>
    public static OptionMemoryKey For(string productCode, string? optionText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productCode);
        return new(productCode, OptionTextNormalizer.Normalize(optionText));
    }
}
