namespace WebGateway.Apis.Operator;

/// <summary>Checks shared by the text fields the gateway stores.</summary>
internal static class TextInput
{
    /// <summary>
    /// True when <paramref name="value"/> holds a control character (a NUL, a line break...). PostgreSQL text cannot
    /// hold a NUL at all, and no name, memo or search needs the others.
    /// </summary>
    public static bool HasControlCharacters(string? value) => value is not null && value.Any(char.IsControl);
}
