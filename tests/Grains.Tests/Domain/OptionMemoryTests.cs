using Grains.Domain;
using Grains.Interfaces.Catalog;

namespace Grains.Tests.Domain;

public sealed class OptionMemoryTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("색상: 빨강", "색상: 빨강")]
    [InlineData("  색상:\t빨강 \n/  사이즈: L ", "색상: 빨강 / 사이즈: L")]
    [InlineData("Size S", "Size S")]
    public void OptionTextIsTrimmedAndWhitespaceCollapsed(string? text, string expected) =>
        Assert.Equal(expected, OptionTextNormalizer.Normalize(text));

    [Fact]
    public void AnEmptyMemoryResolvesNothing() => Assert.Null(OptionMemory.Empty.Resolve("CH0000123", "색상: 빨강"));

    [Fact]
    public void ARememberedChoiceResolvesTheSameTextWithDifferentWhitespace()
    {
        var memory = OptionMemory.Empty.Remember("CH0000123", "빨강  (RED)", "opt-red");

        Assert.Equal("opt-red", memory.Resolve("CH0000123", " 빨강 (RED) "));
    }

    [Fact]
    public void AChoiceIsRememberedPerProduct()
    {
        var memory = OptionMemory.Empty.Remember("CH0000123", "빨강", "opt-red");

        Assert.Null(memory.Resolve("CH0000999", "빨강"));
    }

    [Fact]
    public void AChoiceIsRememberedPerOptionText()
    {
        var memory = OptionMemory.Empty.Remember("CH0000123", "빨강", "opt-red");

        Assert.Null(memory.Resolve("CH0000123", "파랑"));
    }

    [Fact]
    public void ALaterChoiceReplacesTheEarlierOne()
    {
        var memory = OptionMemory.Empty
            .Remember("CH0000123", "빨강", "opt-red")
            .Remember("CH0000123", "빨강", "opt-blue");

        Assert.Equal("opt-blue", memory.Resolve("CH0000123", "빨강"));
        Assert.Single(memory.Choices);
    }

    [Fact]
    public void RememberingLeavesTheOriginalUnchanged()
    {
        var original = OptionMemory.Empty;

        _ = original.Remember("CH0000123", "빨강", "opt-red");

        Assert.Empty(original.Choices);
    }

    [Fact]
    public void RememberingTheSameChoiceAgainReturnsTheSameMemory()
    {
        var memory = OptionMemory.Empty.Remember("CH0000123", "빨강", "opt-red");

        Assert.Same(memory, memory.Remember("CH0000123", " 빨강 ", "opt-red"));
    }

    [Fact]
    public void AForgottenChoiceNoLongerResolves()
    {
        var memory = OptionMemory.Empty.Remember("CH0000123", "빨강", "opt-red").Forget("CH0000123", "빨강");

        Assert.Null(memory.Resolve("CH0000123", "빨강"));
    }

    [Fact]
    public void KeysOfEqualNormalizedTextAreEqual() =>
        Assert.Equal(OptionMemoryKey.For("CH0000123", "a  b"), OptionMemoryKey.For("CH0000123", " a b"));
}
