using Grains.Interfaces.Catalog;

namespace Grains.Domain;

/// <summary>
/// The price a seller pays OnChannel for one order, in KRW (product.md section 5).
/// </summary>
public static class OrderPricing
{
    /// <summary>
    /// (supply price + option extra price) × quantity + shipping fee. The shipping fee is charged once per order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="quantity"/> is below 1.</exception>
    /// <exception cref="OverflowException">When the price does not fit a <see cref="long"/>; never for validated products.</exception>
    public static long Amount(Product product, ProductOption? option, int quantity)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);

        // checked: a wrong price must fail loudly rather than wrap around and charge a negative amount.
        return checked(((product.SupplyPrice + (option?.ExtraPrice ?? 0)) * quantity) + product.ShippingFee);
    }
}
