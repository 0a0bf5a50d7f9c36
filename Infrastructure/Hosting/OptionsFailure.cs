using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Infrastructure.Hosting;

/// <summary>
/// An <see cref="OptionsValidationException"/> as one line. A DataAnnotations failure becomes
/// <c>Collection__AutoCollectPeriod '-00:01:00' must be between 00:00:01 and 1.00:00:00.</c>; a failure from an
/// <see cref="IValidateOptions{TOptions}"/> is printed as written, so it should name its key the same way.
/// </summary>
internal static class OptionsFailure
{
    public static string Describe(OptionsValidationException error, IConfiguration configuration)
    {
        var annotations = AnnotationFailures(error.OptionsType, configuration);
        var lines = new List<string>();
        foreach (var failure in error.Failures)
        {
            // ValidateDataAnnotations words each failure around the attribute's own message; find which it was.
            var matched = annotations.Where(annotation => failure.Contains(annotation.Plain, StringComparison.Ordinal)).ToList();
            lines.AddRange(matched.Count > 0 ? matched.Select(annotation => annotation.Keyed) : [failure]);
        }

        return string.Join(" ", lines.Distinct(StringComparer.Ordinal).Select(line => line.ReplaceLineEndings(" ")));
    }

    /// <summary>
    /// Binds a fresh instance from the options class's section and runs its attributes twice: with the member's
    /// own name, to recognise the failure the options framework reported, and with the key and value as the
    /// display name, for the line an operator reads.
    /// </summary>
    private static List<(string Plain, string Keyed)> AnnotationFailures(Type optionsType, IConfiguration configuration)
    {
        var failures = new List<(string, string)>();
        if (ConfigurationKey.SectionOf(optionsType) is not { } section || optionsType.GetConstructor(Type.EmptyTypes) is null)
        {
            return failures;
        }

        var options = Activator.CreateInstance(optionsType)!;
        configuration.GetSection(section).Bind(options);
        foreach (var property in optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(options);
            var path = $"{section}:{property.Name}";
            var display = ConfigurationKey.Quote(path, configuration[path] ?? ConfigurationKey.Format(value));
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                var plain = attribute.GetValidationResult(value, new ValidationContext(options) { MemberName = property.Name });
                if (plain?.ErrorMessage is { } plainMessage)
                {
                    var keyed = attribute.GetValidationResult(value, new ValidationContext(options) { MemberName = property.Name, DisplayName = display });
                    failures.Add((plainMessage, Tidy(keyed?.ErrorMessage ?? plainMessage, display, path)));
                }
            }
        }

        return failures;
    }

    // "The field X must be ..." reads better as "X must be ..."; "The X field is required." as "X is not set."
    private static string Tidy(string message, string display, string path)
    {
        const string Field = "The field ";
        if (message.StartsWith(Field + display, StringComparison.Ordinal))
        {
            return message[Field.Length..];
        }

        return message == $"The {display} field is required." ? $"{ConfigurationKey.ToEnvironment(path)} is not set." : message;
    }
}
