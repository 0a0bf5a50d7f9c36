using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>
/// The collection checks of product.md section 4, as a pure function of the order facts and what the grain knows.
/// </summary>
public static class OrderValidator
{
    /// <summary>
    /// The option id a seller chooses for a product that has no options: "the product itself". It lets 옵션 수정
    /// resolve an order whose SmartStore option text is not empty although the catalog product has no options.
    /// </summary>
    public const string NoOptionId = "";

    /// <summary>
    /// True for the errors that keep an order from being placed. 포인트 부족 and SmartStore refusals are notices
    /// about a placing attempt, not about the order, so they do not block it; neither do the notices about what the
    /// buyer changed after placing.
    /// </summary>
    public static bool IsBlocking(OrderError error) =>
        error.Code is not (OrderErrorCode.InsufficientPoints or OrderErrorCode.SmartStoreRejected
            or OrderErrorCode.CanceledAfterPlacing or OrderErrorCode.AddressChangedAfterPlacing);

    /// <summary>
    /// Validates an order. Option resolution, in order of precedence: the seller's explicit choice for this order
    /// (<paramref name="chosenOptionId"/>; a choice that no longer exists is a mismatch), then the seller's remembered
    /// choice (ignored when it no longer exists), then the option text, which must match exactly one catalog option
    /// after <see cref="OptionTextNormalizer.Normalize"/> (a product without options matches an empty text).
    /// </summary>
    /// <param name="productCode">The order's product code; must be the code of <see cref="OrderCheckContext.Product"/>.</param>
    /// <param name="optionText">SmartStore option text.</param>
    /// <param name="quantity">Ordered quantity.</param>
    /// <param name="context">Catalog product, sale application, duplicate flag and remembered option.</param>
    /// <param name="chosenOptionId">The seller's explicit choice for this order, if any.</param>
    public static OrderValidation Validate(
        string productCode, string optionText, int quantity, OrderCheckContext context, string? chosenOptionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var product = context.Product;
        if (product is not null && !string.Equals(product.Code, productCode, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Catalog product {product.Code} was passed to validate an order for {productCode}.", nameof(context));
        }

        var errors = ImmutableArray.CreateBuilder<OrderError>();
        if (product is null)
        {
            // Nothing else can be checked against a product the catalog does not have; for the seller it is as
            // unorderable as a discontinued one, and like 품절/단종 it is resolved outside this order.
            errors.Add(new OrderError(OrderErrorCode.SoldOutOrDiscontinued, "품절/단종 (온채널에 등록되지 않은 상품)"));
            if (context.IsDuplicate)
            {
                errors.Add(OrderError.Of(OrderErrorCode.Duplicate));
            }

            return new OrderValidation(OrderStatus.CollectionFailed, Sorted(errors), false, null, null);
        }

        var (resolved, option) = ResolveOption(product, optionText, chosenOptionId, context.RememberedOptionId);
        if (!resolved)
        {
            errors.Add(OrderError.Of(OrderErrorCode.OptionMismatch));
        }

        if (!context.SaleApplied)
        {
            errors.Add(OrderError.Of(OrderErrorCode.SaleNotApplied));
        }

        if (quantity < product.MinQuantity || quantity < 1)
        {
            errors.Add(OrderError.Of(OrderErrorCode.MinQuantity));
        }

        if (context.IsDuplicate)
        {
            errors.Add(OrderError.Of(OrderErrorCode.Duplicate));
        }

        if (product.Status != ProductStatus.OnSale
            || (option is not null && (option.Status != ProductStatus.OnSale || option.Stock < quantity)))
        {
            errors.Add(OrderError.Of(OrderErrorCode.SoldOutOrDiscontinued));
        }

        var sorted = Sorted(errors);
        var failed = sorted.Any(e => e.Code != OrderErrorCode.OptionMismatch);
        var status = failed ? OrderStatus.CollectionFailed : OrderStatus.Waiting;
        long? amount = sorted.IsEmpty ? OrderPricing.Amount(product, option, quantity) : null;
        return new OrderValidation(status, sorted, resolved, option, amount);
    }

    /// <summary>
    /// Resolves the catalog option of an order (see <see cref="Validate"/> for the precedence). Returns whether it
    /// resolved and the option, which is null for a product without options.
    /// </summary>
    public static (bool Resolved, ProductOption? Option) ResolveOption(
        Product product, string? optionText, string? chosenOptionId, string? rememberedOptionId)
    {
        ArgumentNullException.ThrowIfNull(product);
        var options = product.Options.IsDefault ? [] : product.Options;

        if (chosenOptionId is not null)
        {
            if (chosenOptionId.Length == 0)
            {
                return (options.IsEmpty, null);
            }

            var chosen = product.FindOption(chosenOptionId);
            return (chosen is not null, chosen);
        }

        if (rememberedOptionId is not null)
        {
            if (rememberedOptionId.Length == 0 && options.IsEmpty)
            {
                return (true, null);
            }

            // A remembered choice whose option was removed from the catalog is stale, not an error: fall back to text.
            var remembered = product.FindOption(rememberedOptionId);
            if (remembered is not null)
            {
                return (true, remembered);
            }
        }

        var text = OptionTextNormalizer.Normalize(optionText);
        if (options.IsEmpty)
        {
            return (text.Length == 0, null);
        }

        ProductOption? match = null;
        foreach (var option in options)
        {
            if (string.Equals(OptionTextNormalizer.Normalize(option.Name), text, StringComparison.Ordinal))
            {
                if (match is not null)
                {
                    return (false, null);
                }

                match = option;
            }
        }

        return (match is not null, match);
    }

    // The dashboard lists reasons in the order of product.md's table, whatever order the checks ran in.
    private static ImmutableArray<OrderError> Sorted(ImmutableArray<OrderError>.Builder errors) =>
        [.. errors.OrderBy(e => e.Code)];
}
