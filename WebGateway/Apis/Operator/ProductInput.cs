using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using WebGateway.Apis.Shared;
using WebGateway.Contracts.Operator;

namespace WebGateway.Apis.Operator;

/// <summary>
/// Checks a product upsert body field by field before any grain is called: the gateway's own limits first (required
/// fields, ranges, list sizes), then the catalog's <see cref="ProductValidator"/>, so that a refused body is a 400
/// naming every bad field and the grain only ever sees a product it accepts.
/// </summary>
internal static class ProductInput
{
    public const long MaxPrice = 100_000_000;
    public const int MaxMinQuantity = 10_000;
    public const int MaxOptions = 200;
    public const int MaxStock = 1_000_000;
    public const int MaxImageUrlLength = 2_000;

    /// <summary>The product <paramref name="body"/> describes for <paramref name="code"/>, or the problems with it.</summary>
    public static (Product? Product, FieldErrors Errors) Read(string code, ProductDto? body)
    {
        var errors = new FieldErrors();
        if (body is null)
        {
            errors.Add("body", "상품 정보를 보내 주세요");
            return (null, errors);
        }

        if (body.Code is not null && !string.Equals(body.Code, code, StringComparison.Ordinal))
        {
            errors.Add("code", "본문의 상품 코드가 주소의 상품 코드와 달라요");
        }

        Text(errors, "name", body.Name, ProductValidator.MaxNameLength, "상품명");
        // Whether it is an http(s) address is the catalog validator's rule, checked below.
        Text(errors, "imageUrl", body.ImageUrl, MaxImageUrlLength, "이미지 주소");

        Text(errors, "supplierId", body.SupplierId, ProductValidator.MaxIdLength, "공급사 아이디");
        Range(errors, "supplyPrice", body.SupplyPrice, 1, MaxPrice, "공급가");
        Range(errors, "shippingFee", body.ShippingFee, 0, MaxPrice, "배송비");
        Range(errors, "minQuantity", body.MinQuantity, 1, MaxMinQuantity, "최소 주문 수량");
        Status(errors, "status", body.Status);

        var options = ImmutableArray.CreateBuilder<ProductOption>();
        if (body.Options is null)
        {
            errors.Add("options", "옵션 목록을 보내 주세요 (옵션이 없는 상품은 빈 목록)");
        }
        else if (body.Options.Count > MaxOptions)
        {
            errors.Add("options", $"옵션은 {MaxOptions}개까지 등록할 수 있어요");
        }
        else
        {
            for (var i = 0; i < body.Options.Count; i++)
            {
                if (ReadOption(errors, $"options[{i}]", body.Options[i]) is { } option)
                {
                    options.Add(option);
                }
            }
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var product = new Product(
            code, body.Name!, body.ImageUrl!, body.SupplierId!, body.SupplyPrice!.Value, body.ShippingFee!.Value,
            body.MinQuantity!.Value, body.Status!.Value, options.ToImmutable());
        foreach (var error in ProductValidator.Validate(product))
        {
            errors.Add(error.Field, error.Message);
        }

        return errors.Any ? (null, errors) : (product, errors);
    }

    /// <summary>The catalog's own refusal (the grain validated again) as 400 field errors.</summary>
    public static FieldErrors Errors(ImmutableArray<ProductValidationError> errors)
    {
        var fields = new FieldErrors();
        foreach (var error in errors)
        {
            fields.Add(error.Field, error.Message);
        }

        return fields;
    }

    private static ProductOption? ReadOption(FieldErrors errors, string prefix, ProductOptionDto? option)
    {
        if (option is null)
        {
            errors.Add(prefix, "옵션이 비어 있어요");
            return null;
        }

        var before = errors.Count;
        Text(errors, $"{prefix}.optionId", option.OptionId, ProductValidator.MaxIdLength, "옵션 아이디");
        Text(errors, $"{prefix}.name", option.Name, ProductValidator.MaxNameLength, "옵션명");
        Range(errors, $"{prefix}.extraPrice", option.ExtraPrice, -MaxPrice, MaxPrice, "옵션 추가금");
        Range(errors, $"{prefix}.stock", option.Stock, 0, MaxStock, "재고");
        Status(errors, $"{prefix}.status", option.Status);
        return errors.Count > before
            ? null
            : new ProductOption(option.OptionId!, option.Name!, option.ExtraPrice!.Value, option.Stock!.Value, option.Status!.Value);
    }

    private static void Text(FieldErrors errors, string field, string? value, int maxLength, string label) =>
        TextInput.Read(errors, field, value, label, maxLength);

    private static void Range(FieldErrors errors, string field, long? value, long min, long max, string label)
    {
        if (value is null)
        {
            errors.Add(field, $"{label}을(를) 입력해 주세요");
        }
        else if (value < min || value > max)
        {
            errors.Add(field, $"{label}은(는) {min:N0}에서 {max:N0} 사이여야 해요");
        }
    }

    private static void Status(FieldErrors errors, string field, ProductStatus? status)
    {
        if (status is not { } value || !Enum.IsDefined(value))
        {
            errors.Add(field, "판매 상태는 OnSale, SoldOut, Discontinued 중 하나여야 해요");
        }
    }
}
