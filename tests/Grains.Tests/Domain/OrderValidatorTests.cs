using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

public sealed class OrderValidatorTests
{
    private static OrderValidation Validate(
        OrderCheckContext context, string optionText = "색상: 빨강", int quantity = 1, string? chosen = null) =>
        OrderValidator.Validate(Code, optionText, quantity, context, chosen);

    [Fact]
    public void AnOrderPassingEveryCheckIsWaitingAndOrderableWithItsPrice()
    {
        var result = Validate(Context(Product()), quantity: 2);

        Assert.Equal(OrderStatus.Waiting, result.Status);
        Assert.True(result.Orderable);
        Assert.Empty(result.Errors);
        Assert.Equal("opt-red", result.Option?.OptionId);
        Assert.Equal(((10_000 + 1_000) * 2) + 3_000, result.Amount);
    }

    [Fact]
    public void OptionTextMatchesIgnoringSurroundingAndRepeatedWhitespace()
    {
        var result = Validate(Context(Product()), optionText: "  색상:   빨강 ");

        Assert.True(result.Orderable);
        Assert.Equal("opt-red", result.Option?.OptionId);
    }

    [Fact]
    public void AnOptionTextMatchingNoOptionNeedsAnOptionButStaysWaiting()
    {
        var result = Validate(Context(Product()), optionText: "색상: 초록");

        Assert.Equal(OrderStatus.Waiting, result.Status);
        Assert.False(result.Orderable);
        Assert.False(result.OptionResolved);
        Assert.Null(result.Amount);
        var error = Assert.Single(result.Errors);
        Assert.Equal(OrderErrorCode.OptionMismatch, error.Code);
        Assert.Equal("오류 확인 옵션을 다시 선택해 주세요", error.Message);
    }

    [Fact]
    public void AnOptionTextMatchingTwoOptionsIsAMismatch()
    {
        // Names that are equal only as typed (not normalized) cannot pass the catalog validator, but stored data may
        // predate it; ambiguity must never pick one silently.
        var product = Product(options: [Red(), Blue() with { Name = "색상: 빨강" }]);

        var result = Validate(Context(product));

        Assert.Equal([OrderErrorCode.OptionMismatch], Codes(result.Errors));
    }

    [Fact]
    public void OptionMatchingIsCaseSensitive()
    {
        var product = Product(options: [Red() with { Name = "Size S" }, Blue() with { Name = "Size s" }]);

        var result = Validate(Context(product), optionText: "Size s");

        Assert.Equal("opt-blue", result.Option?.OptionId);
    }

    [Fact]
    public void AProductWithoutOptionsMatchesAnEmptyOptionText()
    {
        var result = Validate(Context(ProductWithoutOptions()), optionText: "   ");

        Assert.True(result.Orderable);
        Assert.True(result.OptionResolved);
        Assert.Null(result.Option);
        Assert.Equal(10_000 + 3_000, result.Amount);
    }

    [Fact]
    public void AProductWithoutOptionsDoesNotMatchAnOptionText()
    {
        var result = Validate(Context(ProductWithoutOptions()), optionText: "색상: 빨강");

        Assert.Equal([OrderErrorCode.OptionMismatch], Codes(result.Errors));
    }

    [Fact]
    public void AProductWithOptionsDoesNotMatchAnEmptyOptionText()
    {
        var result = Validate(Context(Product()), optionText: "");

        Assert.Equal([OrderErrorCode.OptionMismatch], Codes(result.Errors));
    }

    [Fact]
    public void AnExplicitChoiceOverridesTheOptionText()
    {
        var result = Validate(Context(Product()), optionText: "색상: 빨강", chosen: "opt-blue");

        Assert.True(result.Orderable);
        Assert.Equal("opt-blue", result.Option?.OptionId);
    }

    [Fact]
    public void AnExplicitChoiceOverridesTheRememberedChoice()
    {
        var result = Validate(Context(Product(), remembered: "opt-red"), optionText: "빨강", chosen: "opt-blue");

        Assert.Equal("opt-blue", result.Option?.OptionId);
    }

    [Fact]
    public void AnExplicitChoiceThatLeftTheCatalogIsAMismatch()
    {
        var result = Validate(Context(Product()), optionText: "색상: 빨강", chosen: "opt-gone");

        Assert.Equal([OrderErrorCode.OptionMismatch], Codes(result.Errors));
    }

    [Fact]
    public void ARememberedChoiceResolvesAnUnmatchedText()
    {
        var result = Validate(Context(Product(), remembered: "opt-blue"), optionText: "파랑 (BLUE)");

        Assert.True(result.Orderable);
        Assert.Equal("opt-blue", result.Option?.OptionId);
    }

    [Fact]
    public void AStaleRememberedChoiceFallsBackToTextMatching()
    {
        var result = Validate(Context(Product(), remembered: "opt-gone"), optionText: "색상: 빨강");

        Assert.Equal("opt-red", result.Option?.OptionId);
    }

    [Fact]
    public void ChoosingNoOptionResolvesAProductWithoutOptions()
    {
        var result = Validate(Context(ProductWithoutOptions()), optionText: "기본", chosen: OrderValidator.NoOptionId);

        Assert.True(result.Orderable);
    }

    [Fact]
    public void ChoosingNoOptionDoesNotResolveAProductWithOptions()
    {
        var result = Validate(Context(Product()), chosen: OrderValidator.NoOptionId);

        Assert.Equal([OrderErrorCode.OptionMismatch], Codes(result.Errors));
    }

    [Fact]
    public void ASaleNotAppliedFailsCollection()
    {
        var result = Validate(Context(Product(), saleApplied: false));

        Assert.Equal(OrderStatus.CollectionFailed, result.Status);
        Assert.False(result.Orderable);
        Assert.Equal("판매 신청 미 등록 오류", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(1, 0, false)]
    [InlineData(1, -1, false)]
    public void AQuantityBelowTheMinimumFailsCollection(int minQuantity, int quantity, bool passes)
    {
        var result = Validate(Context(Product(minQuantity)), quantity: quantity);

        if (passes)
        {
            Assert.True(result.Orderable);
        }
        else
        {
            Assert.Equal(OrderStatus.CollectionFailed, result.Status);
            Assert.Equal("최소수량 오류", Assert.Single(result.Errors).Message);
        }
    }

    [Fact]
    public void ADuplicateFailsCollection()
    {
        var result = Validate(Context(Product(), isDuplicate: true));

        Assert.Equal(OrderStatus.CollectionFailed, result.Status);
        Assert.Equal("주문 건 중복 오류", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData(ProductStatus.SoldOut)]
    [InlineData(ProductStatus.Discontinued)]
    public void AProductNotOnSaleFailsCollection(ProductStatus status)
    {
        var result = Validate(Context(Product(status: status)));

        Assert.Equal(OrderStatus.CollectionFailed, result.Status);
        Assert.Equal("품절/단종", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData(ProductStatus.SoldOut)]
    [InlineData(ProductStatus.Discontinued)]
    public void AnOptionNotOnSaleFailsCollection(ProductStatus status)
    {
        var result = Validate(Context(Product(options: [Red(status: status), Blue()])));

        Assert.Equal([OrderErrorCode.SoldOutOrDiscontinued], Codes(result.Errors));
        Assert.Equal(OrderStatus.CollectionFailed, result.Status);
    }

    [Theory]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(0, 1, false)]
    public void StockBelowTheQuantityFailsCollection(int stock, int quantity, bool passes)
    {
        var result = Validate(Context(Product(options: [Red(stock), Blue()])), quantity: quantity);

        OrderErrorCode[] expected = passes ? [] : [OrderErrorCode.SoldOutOrDiscontinued];

        Assert.Equal(expected, Codes(result.Errors));
    }

    [Fact]
    public void AnotherOptionSoldOutDoesNotAffectTheOrder()
    {
        var result = Validate(Context(Product(options: [Red(), Blue(stock: 0, ProductStatus.Discontinued)])));

        Assert.True(result.Orderable);
    }

    [Fact]
    public void AnUnknownProductFailsCollectionAsSoldOutOrDiscontinued()
    {
        var result = Validate(Context(null));

        Assert.Equal(OrderStatus.CollectionFailed, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(OrderErrorCode.SoldOutOrDiscontinued, error.Code);
        Assert.StartsWith("품절/단종", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownDuplicateProductReportsBothInTableOrder()
    {
        var result = Validate(Context(null, isDuplicate: true));

        Assert.Equal([OrderErrorCode.Duplicate, OrderErrorCode.SoldOutOrDiscontinued], Codes(result.Errors));
    }

    [Fact]
    public void EveryFailingCheckIsReportedInTheOrderOfTheHelpPage()
    {
        var product = Product(minQuantity: 5, status: ProductStatus.SoldOut);

        var result = Validate(Context(product, saleApplied: false, isDuplicate: true), optionText: "없는 옵션", quantity: 1);

        Assert.Equal(OrderStatus.CollectionFailed, result.Status);
        Assert.Equal(
            [
                OrderErrorCode.OptionMismatch,
                OrderErrorCode.SaleNotApplied,
                OrderErrorCode.MinQuantity,
                OrderErrorCode.Duplicate,
                OrderErrorCode.SoldOutOrDiscontinued,
            ],
            Codes(result.Errors));
    }

    [Fact]
    public void AMismatchTogetherWithACollectionFailureIsCollectionFailed()
    {
        var result = Validate(Context(Product(), saleApplied: false), optionText: "없는 옵션");

        Assert.Equal(OrderStatus.CollectionFailed, result.Status);
        Assert.Equal([OrderErrorCode.OptionMismatch, OrderErrorCode.SaleNotApplied], Codes(result.Errors));
    }

    [Fact]
    public void AProductOfAnotherCodeIsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() =>
            OrderValidator.Validate("CH0000999", "색상: 빨강", 1, Context(Product()), null));

    [Fact]
    public void PointAndSmartStoreNoticesDoNotBlockPlacing()
    {
        Assert.False(OrderValidator.IsBlocking(OrderError.Of(OrderErrorCode.InsufficientPoints)));
        Assert.False(OrderValidator.IsBlocking(OrderError.Of(OrderErrorCode.SmartStoreRejected)));
        Assert.True(OrderValidator.IsBlocking(OrderError.Of(OrderErrorCode.OptionMismatch)));
        Assert.True(OrderValidator.IsBlocking(OrderError.Of(OrderErrorCode.SaleNotApplied)));
    }

    [Theory]
    [InlineData(OrderErrorCode.OptionMismatch, "오류 확인 옵션을 다시 선택해 주세요")]
    [InlineData(OrderErrorCode.SaleNotApplied, "판매 신청 미 등록 오류")]
    [InlineData(OrderErrorCode.MinQuantity, "최소수량 오류")]
    [InlineData(OrderErrorCode.Duplicate, "주문 건 중복 오류")]
    [InlineData(OrderErrorCode.SoldOutOrDiscontinued, "품절/단종")]
    [InlineData(OrderErrorCode.InsufficientPoints, "포인트 부족")]
    public void EveryErrorCodeHasTheHelpPageMessage(OrderErrorCode code, string message) =>
        Assert.Equal(new OrderError(code, message), OrderError.Of(code));

    [Fact]
    public void EveryErrorCodeHasAMessage()
    {
        foreach (var code in Enum.GetValues<OrderErrorCode>())
        {
            Assert.False(string.IsNullOrWhiteSpace(OrderError.StandardMessage(code)));
        }
    }
}
