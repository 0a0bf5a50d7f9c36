using Grains.Domain;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Grains.Ordering;
using Grains.Tests.Domain;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Ordering;

public sealed class AutoOrderRulesTests
{
    // TestData orders were paid an hour before they were collected.
    private static readonly DateTimeOffset Paid = Collected.AddHours(-1);

    private static AutoOrderPolicy Policy(int bufferMinutes = 10, long? cap = null, params string[] excluded) =>
        new(bufferMinutes, cap, [.. excluded]);

    private static ManualOrder AManualOrder(
        string requestId = "req-1_A", string code = Code, int quantity = 1, Recipient? recipient = null, string? memo = null) =>
        new(requestId, code, "opt-red", quantity, recipient ?? Buyer, memo, null);

    // Normalize

    [Fact]
    public void APolicyWithLowerCaseSpacedAndRepeatedCodesIsNormalizedSortedAndDeduplicated()
    {
        var (policy, problem) = AutoOrderRules.Normalize(Policy(30, 50_000, " ch0000200", "CH0000100", "ch0000100 "));

        Assert.Null(problem);
        Assert.Equal(["CH0000100", "CH0000200"], policy.ExcludedProducts.ToArray());
        Assert.Equal(30, policy.CancellationBufferMinutes);
        Assert.Equal(50_000, policy.MaxCostPerOrder);
    }

    [Fact]
    public void APolicyWithoutExcludedProductsIsNormalizedToAnEmptyList()
    {
        var (policy, problem) = AutoOrderRules.Normalize(new AutoOrderPolicy(10, null, default));

        Assert.Null(problem);
        Assert.False(policy.ExcludedProducts.IsDefault);
        Assert.Empty(policy.ExcludedProducts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(AutoOrderRules.MaxBufferMinutes)]
    public void ABufferAtEitherEndOfTheRangeIsAccepted(int minutes)
    {
        Assert.Null(AutoOrderRules.Normalize(Policy(minutes)).Problem);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(AutoOrderRules.MaxBufferMinutes + 1)]
    public void ABufferOutsideTheRangeIsRefused(int minutes)
    {
        var input = Policy(minutes);

        var (policy, problem) = AutoOrderRules.Normalize(input);

        Assert.NotNull(problem);
        Assert.Contains("취소 대기 시간", problem, StringComparison.Ordinal);
        Assert.Same(input, policy);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void ACapBelowOnePointIsRefused(long cap)
    {
        Assert.NotNull(AutoOrderRules.Normalize(Policy(cap: cap)).Problem);
    }

    [Fact]
    public void ACapOfOnePointOrNoCapIsAccepted()
    {
        Assert.Null(AutoOrderRules.Normalize(Policy(cap: 1)).Problem);
        Assert.Null(AutoOrderRules.Normalize(Policy(cap: null)).Problem);
    }

    [Theory]
    [InlineData("CH123")]
    [InlineData("XX0000123")]
    [InlineData("CH00001234")]
    [InlineData("")]
    public void AnExcludedCodeThatIsNotAProductCodeIsRefusedAndNamed(string code)
    {
        var (_, problem) = AutoOrderRules.Normalize(Policy(10, null, "CH0000100", code));

        Assert.NotNull(problem);
        Assert.Contains($"'{code}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreExcludedProductsThanTheLimitAreRefused()
    {
        var codes = Enumerable.Range(1, AutoOrderRules.MaxExcludedProducts + 1).Select(i => $"CH{i:D7}").ToArray();

        Assert.NotNull(AutoOrderRules.Normalize(Policy(10, null, codes)).Problem);
        Assert.Null(AutoOrderRules.Normalize(Policy(10, null, codes[..AutoOrderRules.MaxExcludedProducts])).Problem);
    }

    // Allows

    [Fact]
    public void AnOrderableOrderPaidAtLeastTheBufferAgoIsPlacedAutomatically()
    {
        var order = Orderable().ToView();

        Assert.False(AutoOrderRules.Allows(Policy(10), order, Paid.AddMinutes(10).AddSeconds(-1)));
        Assert.True(AutoOrderRules.Allows(Policy(10), order, Paid.AddMinutes(10)));
    }

    [Fact]
    public void TheBufferCountsFromPaymentNotFromCollection()
    {
        var order = Orderable().ToView();

        // Collected an hour after payment: a 90-minute buffer has not passed 30 minutes after collection.
        Assert.False(AutoOrderRules.Allows(Policy(90), order, Collected.AddMinutes(29)));
        Assert.True(AutoOrderRules.Allows(Policy(90), order, Collected.AddMinutes(30)));
    }

    [Fact]
    public void AnOrderThatIsNotOrderableIsNeverPlacedAutomatically()
    {
        var failed = InStatus(OrderStatus.CollectionFailed).ToView();
        var held = Succeed(OrderStateMachine.HoldForCancelRequest(Orderable(), "CANCEL_REQUEST", Later)).ToView();
        var placing = PlacingData.Placing().ToView();

        Assert.False(AutoOrderRules.Allows(Policy(0), failed, Later.AddDays(1)));
        Assert.False(AutoOrderRules.Allows(Policy(0), held, Later.AddDays(1)));
        Assert.False(AutoOrderRules.Allows(Policy(0), placing, Later.AddDays(1)));
    }

    [Fact]
    public void AnOrderCostingMoreThanTheCapIsLeftForTheSeller()
    {
        var order = Orderable().ToView();

        Assert.True(AutoOrderRules.Allows(Policy(0, cap: 14_000), order, Later));
        Assert.False(AutoOrderRules.Allows(Policy(0, cap: 13_999), order, Later));
    }

    [Fact]
    public void AnOrderWithoutAnAmountIsNotPlacedUnderACap()
    {
        var order = Orderable().ToView() with { Amount = null };

        Assert.False(AutoOrderRules.Allows(Policy(0, cap: 100_000), order, Later));
        Assert.True(AutoOrderRules.Allows(Policy(0), order, Later));
    }

    [Fact]
    public void AnOrderOfAnExcludedProductIsLeftForTheSeller()
    {
        var order = Orderable().ToView();

        Assert.False(AutoOrderRules.Allows(Policy(0, null, Code), order, Later));
        Assert.True(AutoOrderRules.Allows(Policy(0, null, "CH0000999"), order, Later));
    }

    [Fact]
    public void AManualOrderIsNeverPlacedAutomatically()
    {
        var manual = PlacingData.Manual().ToView();

        Assert.True(manual.Orderable);
        Assert.False(AutoOrderRules.Allows(Policy(0), manual, Later.AddDays(1)));
    }

    // WaitsForPoints

    [Fact]
    public void AnOrderIsTriedUntilItShowedInsufficientPointsThenWaitsUntilTheBalanceCoversIt()
    {
        var order = Orderable();
        var amount = order.Amount!.Value;
        var shown = Succeed(OrderStateMachine.MarkInsufficientPoints(order, Later)).ToView();

        Assert.False(AutoOrderRules.WaitsForPoints(order.ToView(), amount - 1), "never tried: try once");
        Assert.True(AutoOrderRules.WaitsForPoints(shown, amount - 1));
        Assert.False(AutoOrderRules.WaitsForPoints(shown, amount), "a top-up covers it");
    }

    // ManualOrderProblem

    [Fact]
    public void AWellFormedManualOrderHasNoProblem()
    {
        Assert.Null(AutoOrderRules.ManualOrderProblem(AManualOrder(memo: "문 앞에 놓아 주세요")));
        Assert.Null(AutoOrderRules.ManualOrderProblem(AManualOrder(requestId: new string('a', 64), quantity: 9_999)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("req 1")]
    [InlineData("req/1")]
    [InlineData("요청1")]
    public void ARequestIdOutsideTheAllowedCharactersIsRefused(string requestId)
    {
        Assert.Contains("requestId", AutoOrderRules.ManualOrderProblem(AManualOrder(requestId: requestId)), StringComparison.Ordinal);
    }

    [Fact]
    public void ARequestIdLongerThanSixtyFourCharactersIsRefused()
    {
        Assert.NotNull(AutoOrderRules.ManualOrderProblem(AManualOrder(requestId: new string('a', 65))));
    }

    [Theory]
    [InlineData("CH123")]
    [InlineData("ch0000123")]
    [InlineData("CH00001２3")]
    public void AManualOrderWithABadProductCodeIsRefused(string code)
    {
        Assert.Contains("상품 코드", AutoOrderRules.ManualOrderProblem(AManualOrder(code: code)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void AQuantityOutsideOneToNineThousandNineHundredNinetyNineIsRefused(int quantity)
    {
        Assert.Contains("수량", AutoOrderRules.ManualOrderProblem(AManualOrder(quantity: quantity)), StringComparison.Ordinal);
    }

    [Fact]
    public void AManualOrderMissingAnyRecipientFieldIsRefused()
    {
        Recipient[] incomplete =
        [
            Buyer with { Name = " " },
            Buyer with { Phone = string.Empty },
            Buyer with { ZipCode = " " },
            Buyer with { Address = string.Empty },
        ];

        foreach (var recipient in incomplete)
        {
            Assert.Contains("받는 분", AutoOrderRules.ManualOrderProblem(AManualOrder(recipient: recipient)), StringComparison.Ordinal);
        }

        Assert.NotNull(AutoOrderRules.ManualOrderProblem(AManualOrder() with { Recipient = null! }));
    }

    [Fact]
    public void ATooLongRecipientFieldOrMemoIsRefusedAndOneAtTheLimitIsAccepted()
    {
        Assert.Null(AutoOrderRules.ManualOrderProblem(AManualOrder(
            recipient: new Recipient(new string('가', 50), new string('1', 20), new string('0', 10), new string('로', 300)),
            memo: new string('메', 300))));

        Assert.NotNull(AutoOrderRules.ManualOrderProblem(AManualOrder(recipient: Buyer with { Name = new string('가', 51) })));
        Assert.NotNull(AutoOrderRules.ManualOrderProblem(AManualOrder(recipient: Buyer with { Phone = new string('1', 21) })));
        Assert.NotNull(AutoOrderRules.ManualOrderProblem(AManualOrder(recipient: Buyer with { ZipCode = new string('0', 11) })));
        Assert.NotNull(AutoOrderRules.ManualOrderProblem(AManualOrder(recipient: Buyer with { Address = new string('로', 301) })));
        Assert.NotNull(AutoOrderRules.ManualOrderProblem(AManualOrder(memo: new string('메', 301))));
    }
}
