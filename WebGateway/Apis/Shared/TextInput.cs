namespace WebGateway.Apis.Shared;

/// <summary>
/// The one check of the free text fields the gateway passes on (names, addresses, memos, credentials, reasons,
/// searches): present when required, not too long once trimmed, and without control characters.
/// </summary>
internal static class TextInput
{
    /// <summary>
    /// True when <paramref name="value"/> holds a control character (a NUL, a line break...). PostgreSQL text cannot
    /// hold a NUL at all (a grain's state or a read-model row with one fails to save), and no field needs the others.
    /// </summary>
    public static bool HasControlCharacters(string? value) => value is not null && value.Any(char.IsControl);

    /// <summary>
    /// <paramref name="value"/> trimmed when it is a good <paramref name="label"/>; otherwise adds the problem to
    /// <paramref name="errors"/> under <paramref name="field"/> and answers null. An optional field that is absent or
    /// blank is null without a problem.
    /// </summary>
    public static string? Read(FieldErrors errors, string field, string? value, string label, int maxLength, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                errors.Add(field, $"{label}을(를) 입력해 주세요.");
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{label}은(는) {maxLength}자 이하여야 해요.");
            return null;
        }

        if (HasControlCharacters(trimmed))
        {
            errors.Add(field, $"{label}에는 줄바꿈이나 NUL 같은 제어 문자를 쓸 수 없어요.");
            return null;
        }

        return trimmed;
    }
}
