using System.Globalization;
using System.Reflection;

namespace Infrastructure.Hosting;

/// <summary>How a setting is named and shown to an operator: as its environment variable, without secrets.</summary>
internal static class ConfigurationKey
{
    // A value under one of these names is never echoed back; the key alone says what to fix.
    private static readonly string[] SecretWords = ["Password", "Secret", "Key", "Token"];

    /// <summary><c>Collection:Window</c> becomes <c>Collection__Window</c>, the spelling operators set.</summary>
    public static string ToEnvironment(string path) => path.Replace(":", "__", StringComparison.Ordinal);

    public static bool IsSecret(string path)
    {
        var name = path[(path.LastIndexOf(':') + 1)..];
        return SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <c>Collection__Window 'abc'</c>: the key and, unless it is a secret or unset, the value as configured.
    /// </summary>
    public static string Quote(string path, string? value) =>
        string.IsNullOrEmpty(value) || IsSecret(path) ? ToEnvironment(path) : $"{ToEnvironment(path)} '{value}'";

    /// <summary>
    /// The section an options class is bound from: its <c>SectionName</c> constant (every options class here declares
    /// one), else its name without the <c>Options</c> suffix.
    /// </summary>
    public static string? SectionOf(Type optionsType)
    {
        if (optionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            && field.GetRawConstantValue() is string section)
        {
            return section;
        }

        const string Suffix = "Options";
        return optionsType.Name.EndsWith(Suffix, StringComparison.Ordinal) && optionsType.Name.Length > Suffix.Length
            ? optionsType.Name[..^Suffix.Length]
            : null;
    }

    /// <summary>A bound value as an operator would write it (<c>-00:01:00</c>, <c>1.5</c>).</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
