using Grains.Interfaces.Catalog;

namespace WebGateway.Apis.Shared;

/// <summary>The product codes the gateway accepts: <c>CH</c> + 7 digits (<see cref="ProductCode.IsValid"/>).</summary>
internal static class ProductCodeInput
{
    /// <summary>The 400 message of a malformed product code.</summary>
    public const string Problem = "상품 코드는 CH와 숫자 7자리예요 (예: CH0000123).";

    /// <summary>True when <paramref name="code"/> is a product code; otherwise adds <see cref="Problem"/> under <paramref name="field"/>.</summary>
    public static bool Check(string? code, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (ProductCode.IsValid(code))
        {
            return true;
        }

        errors.Add(field, Problem);
        return false;
    }
}
