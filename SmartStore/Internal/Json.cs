using System.Globalization;
using System.Text.Json;

namespace SmartStore.Internal;

/// <summary>Small, strict accessors over <see cref="JsonElement"/> that report missing or mistyped fields.</summary>
internal static class Json
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static JsonElement RequiredObject(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Object } value
            ? value
            : throw new MalformedResponseException($"'{name}' is missing or not an object");

    public static JsonElement RequiredArray(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } value
            ? value
            : throw new MalformedResponseException($"'{name}' is missing or not an array");

    public static IEnumerable<JsonElement> OptionalArray(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];

    public static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) is { Length: > 0 } value
            ? value
            : throw new MalformedResponseException($"'{name}' is missing");

    /// <summary>Reads a string; a number is accepted by its exact text because ids must never lose digits.</summary>
    public static string? OptionalString(JsonElement element, string name) =>
        Property(element, name) switch
        {
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
            null => null,
            _ => throw new MalformedResponseException($"'{name}' is not a string"),
        };

    public static DateTimeOffset? OptionalDate(JsonElement element, string name)
    {
        var text = OptionalString(element, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return KstTime.TryParse(text, out var value)
            ? value
            : throw new MalformedResponseException($"'{name}' is not a date-time");
    }

    public static DateTimeOffset RequiredDate(JsonElement element, string name) =>
        OptionalDate(element, name) ?? throw new MalformedResponseException($"'{name}' is missing");

    public static long OptionalLong(JsonElement element, string name) =>
        Property(element, name) switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) => number,
            { ValueKind: JsonValueKind.String } value when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            null => 0,
            _ => throw new MalformedResponseException($"'{name}' is not an integer"),
        };

    public static bool OptionalBool(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.True };
}
