using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using WebGateway.Contracts.Seller;

namespace WebGateway.Apis.Seller;

/// <summary>What a 개별 주문 request must hold before it reaches the grains; the ordering grain checks the same again.</summary>
internal static class ManualOrderInput
{
    /// <summary>The largest quantity (the ordering grain's bound).</summary>
    public const int MaxQuantity = 9_999;

    public const int MaxNameLength = 50;
    public const int MaxPhoneLength = 20;
    public const int MaxAddressLength = 300;
    public const int MaxMemoLength = 300;

    /// <summary>The order to place, trimmed; null when <paramref name="errors"/> names what is wrong.</summary>
    public static ManualOrder? Read(ManualOrderRequest? request, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (request is null)
        {
            errors.Add("requestId", "개별 주문 내용을 보내 주세요.");
            return null;
        }

        if (!SellerInput.IsRequestId(request.RequestId))
        {
            errors.Add("requestId", "requestId는 1~64자의 영문, 숫자, '-', '_'여야 해요.");
        }

        if (!ProductCode.IsValid(request.ProductCode))
        {
            errors.Add("productCode", "상품 코드는 CH와 숫자 7자리예요 (예: CH0000123).");
        }

        if (request.OptionId is { Length: > 64 })
        {
            errors.Add("optionId", "옵션 ID는 64자 이내예요.");
        }

        if (request.Quantity is not (>= 1 and <= MaxQuantity))
        {
            errors.Add("quantity", $"수량은 1에서 {MaxQuantity:N0} 사이여야 해요.");
        }

        var recipient = request.Recipient;
        if (recipient is null)
        {
            errors.Add("recipient", "받는 분 정보를 보내 주세요.");
        }
        else
        {
            Text(recipient.Name, "recipient.name", "받는 분 이름", MaxNameLength, errors);
            Text(recipient.Address, "recipient.address", "주소", MaxAddressLength, errors);
            var phone = recipient.Phone?.Trim();
            var digits = phone?.Count(char.IsAsciiDigit) ?? 0;
            if (string.IsNullOrEmpty(phone) || phone.Length > MaxPhoneLength || !phone.All(c => char.IsAsciiDigit(c) || c == '-') || digits is < 8 or > 12)
            {
                errors.Add("recipient.phone", "전화번호는 숫자와 '-'로 입력해 주세요 (예: 010-1234-5678).");
            }

            var zip = recipient.ZipCode?.Trim();
            if (zip is not { Length: 5 } || !zip.All(char.IsAsciiDigit))
            {
                errors.Add("recipient.zipCode", "우편번호는 숫자 5자리예요.");
            }
        }

        if (request.Memo is { Length: > MaxMemoLength })
        {
            errors.Add("memo", $"메모는 {MaxMemoLength}자 이내예요.");
        }

        if (request.FromProductOrderId is { } from && !SellerInput.IsOrderId(from))
        {
            errors.Add("fromProductOrderId", SellerInput.OrderIdProblem(from));
        }

        if (errors.Any)
        {
            return null;
        }

        return new ManualOrder(
            request.RequestId!,
            request.ProductCode!,
            request.OptionId,
            request.Quantity!.Value,
            new Recipient(recipient!.Name!.Trim(), recipient.Phone!.Trim(), recipient.ZipCode!.Trim(), recipient.Address!.Trim()),
            string.IsNullOrWhiteSpace(request.Memo) ? null : request.Memo.Trim(),
            request.FromProductOrderId);
    }

    /// <summary>
    /// Why <paramref name="optionId"/> does not fit <paramref name="product"/>, or null: a product with options needs one
    /// of them; a product without options takes none (null or empty).
    /// </summary>
    public static string? OptionProblem(Product product, string? optionId)
    {
        ArgumentNullException.ThrowIfNull(product);
        var options = product.Options.IsDefault ? [] : product.Options;
        if (options.Length == 0)
        {
            return string.IsNullOrEmpty(optionId) ? null : $"상품 {product.Code}에는 옵션이 없어요. optionId를 비워 주세요.";
        }

        return string.IsNullOrEmpty(optionId) ? "옵션을 골라 주세요."
            : product.FindOption(optionId) is null ? $"상품 {product.Code}에 없는 옵션이에요: '{optionId}'"
            : null;
    }

    private static void Text(string? value, string field, string label, int maxLength, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{label}을(를) 입력해 주세요.");
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(field, $"{label}은(는) {maxLength}자 이내여야 해요.");
        }
    }
}
