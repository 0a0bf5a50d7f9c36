using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Infrastructure.Hosting;

/// <summary>
/// The configuration binder's "Failed to convert configuration value ... at 'Collection:Window' to type
/// 'System.TimeSpan'" as one line: <c>Collection__Window 'abc' is not a time span (e.g. 00:05:00 or 6.00:00:00).</c>
/// </summary>
internal static partial class BinderFailure
{
    private static readonly string BinderAssembly = typeof(ConfigurationBinder).Assembly.GetName().Name!;

    private static readonly Type[] IntegerTypes =
        [typeof(int), typeof(long), typeof(short), typeof(byte), typeof(uint), typeof(ulong), typeof(ushort), typeof(sbyte)];

    /// <summary>The one-line description, or null when <paramref name="error"/> is not a value the binder could not convert.</summary>
    public static string? Describe(InvalidOperationException error, IConfiguration configuration)
    {
        // The binder names the path and the target type only in its message; any other failure of ours or of the
        // binder (a missing constructor, say) is a bug and keeps its stack trace.
        if (error.Source != BinderAssembly || FailedConversion().Match(error.Message) is not { Success: true } match)
        {
            return null;
        }

        var path = match.Groups["path"].Value;
        return $"{ConfigurationKey.Quote(path, configuration[path])} {Expected(ResolveType(match.Groups["type"].Value))}.";
    }

    private static string Expected(Type? type)
    {
        var target = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            null => "cannot be read",
            _ when target == typeof(TimeSpan) => "is not a time span (e.g. 00:05:00 or 6.00:00:00)",
            _ when target == typeof(bool) => "is not true or false",
            _ when target.IsEnum => $"is not one of {string.Join(", ", Enum.GetNames(target))}",
            _ when IntegerTypes.Contains(target) =>
                $"is not a whole number from {target.GetField("MinValue")!.GetValue(null)} to {target.GetField("MaxValue")!.GetValue(null)}",
            _ when target == typeof(double) || target == typeof(float) || target == typeof(decimal) => "is not a number (e.g. 0.95)",
            _ when target == typeof(DateTimeOffset) || target == typeof(DateTime) => "is not a date and time (e.g. 2025-01-31T09:00:00+09:00)",
            _ when target == typeof(Uri) => "is not a URL",
            _ when target == typeof(Guid) => "is not a GUID",
            _ => $"cannot be read as {target.Name}",
        };
    }

    private static Type? ResolveType(string name) =>
        Type.GetType(name, throwOnError: false)
        ?? AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(name, throwOnError: false)).FirstOrDefault(type => type is not null);

    [GeneratedRegex(@" at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex FailedConversion();
}
