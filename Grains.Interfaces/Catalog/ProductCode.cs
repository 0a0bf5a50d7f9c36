using System.Diagnostics.CodeAnalysis;

namespace Grains.Interfaces.Catalog;

/// <summary>
/// The OnChannel product code format: <c>CH</c> followed by exactly 7 ASCII digits (for example <c>CH0000123</c>).
/// </summary>
public static class ProductCode
{
    /// <summary>Length of a well-formed code.</summary>
    public const int Length = 9;

    /// <summary>True when <paramref name="code"/> is exactly a well-formed code (no trimming, upper-case <c>CH</c>).</summary>
    public static bool IsValid([NotNullWhen(true)] string? code)
    {
        if (code is null || code.Length != Length || !code.StartsWith("CH", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < Length; i++)
        {
            // char.IsAsciiDigit, not char.IsDigit: full-width and other Unicode digits are not part of a code.
            if (!char.IsAsciiDigit(code[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads a code typed by a person (a SmartStore 판매자 상품 코드): surrounding whitespace is ignored and
    /// <c>ch</c> is accepted for <c>CH</c>, because sellers type these by hand; anything else is rejected.
    /// </summary>
    public static bool TryNormalize(string? raw, [NotNullWhen(true)] out string? code)
    {
        var candidate = raw?.Trim().ToUpperInvariant();
        code = IsValid(candidate) ? candidate : null;
        return code is not null;
    }
}
