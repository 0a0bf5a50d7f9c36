using System.Globalization;

namespace WebGateway.Apis.Shared;

/// <summary>
/// How many items a list endpoint answers at once (<c>pageSize</c>, <c>limit</c>): <see cref="Default"/> unless asked,
/// 1 to <see cref="Max"/>. Bound as text, so that <c>?pageSize=abc</c> is a 400 naming the field like any other.
/// </summary>
internal static class PageSize
{
    public const int Default = 50;
    public const int Max = 500;

    /// <summary>The size <paramref name="text"/> asks for (the default when absent); 0 with a problem added when it is not one.</summary>
    public static int Read(string? text, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > Max)
        {
            errors.Add(field, $"{field}는 1에서 {Max} 사이의 정수여야 해요. 한 번에 {Max}개까지 가져올 수 있어요.");
            return 0;
        }

        return size;
    }
}
