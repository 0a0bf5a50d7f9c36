using Grains.Interfaces.Catalog;

namespace Grains.Tests.Domain;

public sealed class ProductCodeTests
{
    [Theory]
    [InlineData("CH0000123")]
    [InlineData("CH0000000")]
    [InlineData("CH9999999")]
    public void WellFormedCodesAreValid(string code) => Assert.True(ProductCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CH000012")]
    [InlineData("CH00001234")]
    [InlineData("ch0000123")]
    [InlineData("CX0000123")]
    [InlineData(" CH0000123")]
    [InlineData("CH000012A")]
    [InlineData("CH００００123")]
    [InlineData("12345678901")]
    public void MalformedCodesAreInvalid(string? code) => Assert.False(ProductCode.IsValid(code));

    [Theory]
    [InlineData(" CH0000123 ", "CH0000123")]
    [InlineData("ch0000123", "CH0000123")]
    public void TypedCodesAreNormalized(string raw, string expected)
    {
        Assert.True(ProductCode.TryNormalize(raw, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CH 0000123")]
    [InlineData("상품코드")]
    public void TextThatIsNotACodeDoesNotNormalize(string? raw)
    {
        Assert.False(ProductCode.TryNormalize(raw, out var code));
        Assert.Null(code);
    }
}
