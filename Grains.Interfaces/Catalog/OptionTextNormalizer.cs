using System.Text;

namespace Grains.Interfaces.Catalog;

/// <summary>
/// Canonical form of an option text, used both to match SmartStore option texts to catalog options and as the key
/// of a seller's remembered option choices: surrounding whitespace is removed and every run of whitespace becomes one
/// space. Letters and punctuation are kept as they are, because "S" and "s" may be different options.
/// </summary>
public static class OptionTextNormalizer
{
    /// <summary>The normalized text; <see langword="null"/> becomes the empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
