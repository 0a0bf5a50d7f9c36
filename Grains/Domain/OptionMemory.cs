using System.Collections.Immutable;

namespace Grains.Domain;

/// <summary>
/// One seller's remembered 옵션 수정 choices: (product code, normalized option text) → option id, so later orders with
/// the same text resolve by themselves. Kept in the seller's grain state; every change returns a new value.
/// </summary>
/// <param name="Choices">The remembered choices.</param>
[GenerateSerializer, Immutable, Alias("onch.OptionMemory")]
public sealed record class OptionMemory(
    [property: Id(0)] ImmutableDictionary<OptionMemoryKey, string> Choices)
{
    /// <summary>A memory with no choices.</summary>
    public static OptionMemory Empty { get; } = new(ImmutableDictionary<OptionMemoryKey, string>.Empty);

    /// <summary>
    /// Remembers that <paramref name="optionId"/> is the seller's option for this product and option text; a later
    /// choice for the same key replaces the earlier one.
    /// </summary>
    public OptionMemory Remember(string productCode, string? optionText, string optionId)
    {
        ArgumentNullException.ThrowIfNull(optionId);
        var key = OptionMemoryKey.For(productCode, optionText);
        return Choices.TryGetValue(key, out var existing) && existing == optionId
            ? this
            : new(Choices.SetItem(key, optionId));
    }

    /// <summary>The remembered option id for this product and option text, or null.</summary>
    public string? Resolve(string productCode, string? optionText) =>
        Choices.TryGetValue(OptionMemoryKey.For(productCode, optionText), out var optionId) ? optionId : null;

    /// <summary>Forgets the choice for this product and option text, if there is one.</summary>
    public OptionMemory Forget(string productCode, string? optionText)
    {
        var key = OptionMemoryKey.For(productCode, optionText);
        return Choices.ContainsKey(key) ? new(Choices.Remove(key)) : this;
    }
}
