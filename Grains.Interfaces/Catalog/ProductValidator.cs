using System.Collections.Immutable;

namespace Grains.Interfaces.Catalog;

/// <summary>
/// Validates a catalog product before it is stored (operator upsert). Pure and shared, so the gateway can answer 400
/// before calling a grain and the catalog grain can refuse the same input again.
/// </summary>
public static class ProductValidator
{
    /// <summary>
    /// Upper bound for any price in KRW. It keeps (price × quantity) far from <see cref="long"/> overflow and catches
    /// a mistyped extra zero long before it could be charged.
    /// </summary>
    public const long MaxPrice = 1_000_000_000;

    /// <summary>Longest accepted product or option name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest accepted id (supplier id, option id).</summary>
    public const int MaxIdLength = 64;

    /// <summary>Every problem with <paramref name="product"/>; empty when it can be stored.</summary>
    public static ImmutableArray<ProductValidationError> Validate(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var errors = ImmutableArray.CreateBuilder<ProductValidationError>();

        if (!ProductCode.IsValid(product.Code))
        {
            errors.Add(new("code", "Product code must be CH followed by 7 digits, e.g. CH0000123."));
        }

        CheckText(errors, "name", product.Name, MaxNameLength, "Product name");
        if (!IsHttpUrl(product.ImageUrl))
        {
            errors.Add(new("imageUrl", "Image URL must be an absolute http or https URL."));
        }

        CheckText(errors, "supplierId", product.SupplierId, MaxIdLength, "Supplier id");
        if (product.SupplyPrice is <= 0 or > MaxPrice)
        {
            errors.Add(new("supplyPrice", $"Supply price must be between 1 and {MaxPrice} KRW."));
        }

        if (product.ShippingFee is < 0 or > MaxPrice)
        {
            errors.Add(new("shippingFee", $"Shipping fee must be between 0 and {MaxPrice} KRW."));
        }

        if (product.MinQuantity < 1)
        {
            errors.Add(new("minQuantity", "Minimum quantity must be at least 1."));
        }

        if (!Enum.IsDefined(product.Status))
        {
            errors.Add(new("status", "Status must be OnSale, SoldOut or Discontinued."));
        }

        if (product.Options.IsDefault)
        {
            errors.Add(new("options", "Options are required; use an empty list for a product without options."));
            return errors.ToImmutable();
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < product.Options.Length; i++)
        {
            var option = product.Options[i];
            var prefix = $"options[{i}]";
            if (option is null)
            {
                errors.Add(new(prefix, "Option must not be null."));
                continue;
            }

            if (CheckText(errors, $"{prefix}.optionId", option.OptionId, MaxIdLength, "Option id")
                && !ids.Add(option.OptionId))
            {
                errors.Add(new($"{prefix}.optionId", $"Option id '{option.OptionId}' is used by more than one option."));
            }

            // Names are compared the way order option texts are matched: two options whose names normalize to the
            // same text could never be told apart, so every order for them would need 옵션 수정.
            if (CheckText(errors, $"{prefix}.name", option.Name, MaxNameLength, "Option name")
                && !names.Add(OptionTextNormalizer.Normalize(option.Name)))
            {
                errors.Add(new($"{prefix}.name", $"Option name '{option.Name}' is used by more than one option."));
            }

            if (option.ExtraPrice is < -MaxPrice or > MaxPrice)
            {
                errors.Add(new($"{prefix}.extraPrice", $"Extra price must be between -{MaxPrice} and {MaxPrice} KRW."));
            }
            else if (product.SupplyPrice + option.ExtraPrice <= 0)
            {
                errors.Add(new($"{prefix}.extraPrice", "Supply price plus extra price must be positive."));
            }

            if (option.Stock < 0)
            {
                errors.Add(new($"{prefix}.stock", "Stock must not be negative."));
            }

            if (!Enum.IsDefined(option.Status))
            {
                errors.Add(new($"{prefix}.status", "Status must be OnSale, SoldOut or Discontinued."));
            }
        }

        return errors.ToImmutable();
    }

    private static bool CheckText(
        ImmutableArray<ProductValidationError>.Builder errors, string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, $"{label} is required."));
            return false;
        }

        if (value.Length > maxLength)
        {
            errors.Add(new(field, $"{label} must be at most {maxLength} characters."));
            return false;
        }

        return true;
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
