using System.Globalization;
using System.Numerics;

namespace Bench;

/// <summary>
/// The <c>--name value</c> options and <c>--flag</c> switches of one benchmark; unknown names and malformed values fail
/// fast.
/// </summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _flags;

    private BenchArguments(Dictionary<string, string> values, HashSet<string> flags)
    {
        _values = values;
        _flags = flags;
    }

    public static BenchArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known, IReadOnlyCollection<string>? switches = null)
    {
        switches ??= [];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is not null && switches.Contains(name))
            {
                flags.Add(name);
                i--;
                continue;
            }

            if (name is null || !known.Contains(name))
            {
                throw new ArgumentException($"Unknown option '{args[i]}'; expected one of --{string.Join(", --", known.Concat(switches))}.");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option --{name} needs a value.");
            }

            values[name] = args[i + 1];
        }

        return new BenchArguments(values, flags);
    }

    /// <summary>A whole or decimal number of at least <paramref name="minimum"/>, or <paramref name="defaultValue"/>.</summary>
    public T Number<T>(string name, T defaultValue, T minimum)
        where T : INumber<T>
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--{name} must be a {(typeof(T) == typeof(double) ? "number" : "whole number")} of at least {minimum}, not '{text}'."));
    }

    public string Choice(string name, string defaultValue, IReadOnlyCollection<string> allowed)
    {
        var value = _values.GetValueOrDefault(name, defaultValue);
        return allowed.Contains(value)
            ? value
            : throw new ArgumentException($"--{name} must be one of {string.Join(", ", allowed)}, not '{value}'.");
    }

    /// <summary>Whether the switch <c>--<paramref name="name"/></c> was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The text of an option, or null when it is not given.</summary>
    public string? Text(string name) => _values.GetValueOrDefault(name);
}
