using Grains.Domain;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

public sealed class OrderPricingTests
{
    [Fact]
    public void PriceIsSupplyPlusExtraTimesQuantityPlusShippingOnce() =>
        Assert.Equal(((10_000 + 1_000) * 3) + 3_000, OrderPricing.Amount(Product(), Red(), 3));

    [Fact]
    public void AProductWithoutOptionsCostsSupplyTimesQuantityPlusShipping() =>
        Assert.Equal((10_000 * 2) + 3_000, OrderPricing.Amount(ProductWithoutOptions(), null, 2));

    [Fact]
    public void ANegativeExtraPriceLowersTheUnitPrice() =>
        Assert.Equal(((10_000 - 2_000) * 2) + 3_000, OrderPricing.Amount(Product(), Blue() with { ExtraPrice = -2_000 }, 2));

    [Fact]
    public void FreeShippingAddsNothing() =>
        Assert.Equal(10_000, OrderPricing.Amount(Product() with { ShippingFee = 0 }, Blue(), 1));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AQuantityBelowOneIsRefused(int quantity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderPricing.Amount(Product(), Red(), quantity));

    [Fact]
    public void APriceThatOverflowsThrowsInsteadOfWrapping() =>
        Assert.Throws<OverflowException>(() =>
            OrderPricing.Amount(Product() with { SupplyPrice = long.MaxValue / 2 }, null, 3));
}
