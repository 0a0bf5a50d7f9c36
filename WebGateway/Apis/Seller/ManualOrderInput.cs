using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using WebGateway.Apis.Shared;
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
    public const int MaxOptionIdLength = 64;

    /// <summary>The order to place, trimmed; null when <paramref name="errors"/> names what is wrong.</summary>
    public static ManualOrder? Read(ManualOrderRequest? request, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (request is null)
        {
            errors.Add("requestId", "개별 주문 내용을 보내 주세요.");
            return null;
        }

        if (!Ids.IsRequestId(request.RequestId))
        {
            errors.Add("requestId", Ids.RequestIdProblem);
        }

        ProductCodeInput.Check(request.ProductCode, "productCode", errors);
        var optionId = TextInput.Read(errors, "optionId", request.OptionId, "옵션 ID", MaxOptionIdLength, required: false);

        if (request.Quantity is not (>= 1 and <= MaxQuantity))
        {
            errors.Add("quantity", $"수량은 1에서 {MaxQuantity:N0} 사이여야 해요.");
        }

        var recipient = request.Recipient;
        string? name = null, address = null;
        if (recipient is null)
        {
            errors.Add("recipient", "받는 분 정보를 보내 주세요.");
        }
        else
        {
            name = TextInput.Read(errors, "recipient.name", recipient.Name, "받는 분 이름", MaxNameLength);
            address = TextInput.Read(errors, "recipient.address", recipient.Address, "주소", MaxAddressLength);
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

        var memo = TextInput.Read(errors, "memo", request.Memo, "메모", MaxMemoLength, required: false);

        if (request.FromProductOrderId is { } from && !Ids.IsOrderId(from))
        {
            errors.Add("fromProductOrderId", Ids.OrderIdProblem(from));
        }

        if (errors.Any)
        {
            return null;
        }

        return new ManualOrder(
            request.RequestId!,
            request.ProductCode!,
            optionId,
            request.Quantity!.Value,
            new Recipient(name!, recipient!.Phone!.Trim(), recipient.ZipCode!.Trim(), address!),
            memo,
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
}
