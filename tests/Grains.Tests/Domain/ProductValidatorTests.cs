using Grains.Interfaces.Catalog;

namespace Grains.Tests.Domain;

public sealed class ProductValidatorTests
{
    [Fact]
    public void AValidProductHasNoErrors() => Assert.Empty(ProductValidator.Validate(TestData.Product()));

    [Fact]
    public void AProductWithoutOptionsIsValid() => Assert.Empty(ProductValidator.Validate(TestData.ProductWithoutOptions()));

    [Fact]
    public void EveryBadFieldIsReportedByItsJsonName()
    {
        var product = new Product(
            "CH12", " ", "not a url", "", SupplyPrice: 0, ShippingFee: -1, MinQuantity: 0, (ProductStatus)9, []);

        var fields = ProductValidator.Validate(product).Select(e => e.Field);

        Assert.Equal(
            ["code", "name", "imageUrl", "supplierId", "supplyPrice", "shippingFee", "minQuantity", "status"],
            fields);
    }

    [Fact]
    public void MissingOptionsListIsAnError()
    {
        var errors = ProductValidator.Validate(TestData.Product() with { Options = default });

        Assert.Equal("options", Assert.Single(errors).Field);
    }

    [Fact]
    public void PricesAboveTheCapAreRefused()
    {
        var errors = ProductValidator.Validate(TestData.Product() with { SupplyPrice = ProductValidator.MaxPrice + 1 });

        Assert.Equal("supplyPrice", Assert.Single(errors).Field);
    }

    [Fact]
    public void FtpImageUrlIsRefused()
    {
        var errors = ProductValidator.Validate(TestData.Product() with { ImageUrl = "ftp://img.example.com/a.jpg" });

        Assert.Equal("imageUrl", Assert.Single(errors).Field);
    }

    [Fact]
    public void DuplicateOptionIdsAreRefused()
    {
        var errors = ProductValidator.Validate(TestData.Product(options: [TestData.Red(), TestData.Blue() with { OptionId = "opt-red" }]));

        var error = Assert.Single(errors);
        Assert.Equal("options[1].optionId", error.Field);
        Assert.Contains("opt-red", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionNamesThatDifferOnlyInWhitespaceAreRefused()
    {
        var errors = ProductValidator.Validate(
            TestData.Product(options: [TestData.Red(), TestData.Blue() with { Name = "  색상:   빨강 " }]));

        Assert.Equal("options[1].name", Assert.Single(errors).Field);
    }

    [Fact]
    public void BadOptionFieldsAreReportedWithTheirIndex()
    {
        var bad = new ProductOption("", "", ExtraPrice: -10_000, Stock: -1, (ProductStatus)7);

        var fields = ProductValidator.Validate(TestData.Product(options: [TestData.Red(), bad])).Select(e => e.Field);

        Assert.Equal(
            ["options[1].optionId", "options[1].name", "options[1].extraPrice", "options[1].stock", "options[1].status"],
            fields);
    }

    [Fact]
    public void ANegativeExtraPriceIsAllowedWhileThePriceStaysPositive()
    {
        var cheaper = TestData.Blue() with { ExtraPrice = -9_999 };

        Assert.Empty(ProductValidator.Validate(TestData.Product(options: [TestData.Red(), cheaper])));
    }
}
