using Grains.Interfaces.Orders;

namespace Grains.Tests.Domain;

public sealed class CarrierCodesTests
{
    [Theory]
    [InlineData("CJGLS")]
    [InlineData("HANJIN")]
    [InlineData("HYUNDAI")]
    [InlineData("KGB")]
    [InlineData("EPOST")]
    [InlineData("CH1")]
    public void ATrackingNumberOfAKnownCarrierHasNoProblem(string code)
    {
        Assert.Null(CarrierCodes.Problem(new Tracking(code, "123456789012")));
    }

    [Theory]
    [InlineData("LOTTE")]
    [InlineData("LOGEN")]
    [InlineData("cjgls")]
    [InlineData("CJ")]
    public void AnUnknownCarrierCodeIsRefusedAndNamed(string code)
    {
        var problem = CarrierCodes.Problem(new Tracking(code, "123456789012"));

        Assert.NotNull(problem);
        Assert.Contains($"'{code}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ACarrierCodeWithSpacesAroundItIsKnown()
    {
        Assert.Null(CarrierCodes.Problem(new Tracking(" CJGLS ", " 123456789012 ")));
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("AB-1234-5678")]
    [InlineData("123456789012345678901234567890")]
    public void ANumberOfSixToThirtyLettersDigitsOrDashesIsAccepted(string number)
    {
        Assert.Null(CarrierCodes.Problem(new Tracking("CJGLS", number)));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567890123456789012345678901")]
    [InlineData("1234 5678")]
    [InlineData("1234/5678")]
    [InlineData("송장123456")]
    [InlineData("１２３４５６７")]
    public void ANumberOfTheWrongLengthOrCharactersIsRefused(string number)
    {
        Assert.Contains("송장번호", CarrierCodes.Problem(new Tracking("CJGLS", number)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "123456789012")]
    [InlineData("CJGLS", "")]
    [InlineData(" ", " ")]
    public void AMissingCarrierOrNumberIsRefused(string code, string number)
    {
        Assert.Contains("모두 입력", CarrierCodes.Problem(new Tracking(code, number)), StringComparison.Ordinal);
    }

    [Fact]
    public void NoTrackingAtAllIsRefused()
    {
        Assert.NotNull(CarrierCodes.Problem(null));
    }
}
