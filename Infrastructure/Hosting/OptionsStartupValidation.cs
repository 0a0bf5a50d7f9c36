using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Infrastructure.Hosting;

/// <summary>
/// Checks every options class registered with <c>ValidateOnStart</c> before the process does anything else, and
/// turns what is wrong into one line naming the environment variable.
/// </summary>
public static class OptionsStartupValidation
{
    /// <summary>
    /// Binds and validates every options class registered with <c>ValidateOnStart</c> (the host would do the same
    /// later, after the database is touched and with a stack trace). A value the binder cannot convert, a
    /// DataAnnotations failure and an <see cref="IValidateOptions{TOptions}"/> failure all become a
    /// <see cref="StartupConfigurationException"/>, e.g. <c>Collection__Window 'abc' is not a time span (e.g.
    /// 00:05:00 or 6.00:00:00).</c> Any other exception is a bug and is left as it is.
    /// </summary>
    public static IHost ValidateOptionsAtStart(this IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var validator = host.Services.GetService<IStartupValidator>();
        try
        {
            validator?.Validate();
        }
        catch (Exception e) when (e is not StartupConfigurationException
            && Describe(e, host.Services.GetRequiredService<IConfiguration>()) is { } line)
        {
            throw new StartupConfigurationException(line, e);
        }

        return host;
    }

    private static string? Describe(Exception error, IConfiguration configuration) => error switch
    {
        StartupConfigurationException e => e.Message,
        OptionsValidationException e => OptionsFailure.Describe(e, configuration),
        InvalidOperationException e => BinderFailure.Describe(e, configuration),
        AggregateException e => DescribeAll(e.Flatten().InnerExceptions, configuration),
        _ => null,
    };

    // Several options classes can fail together; they still make one line.
    private static string? DescribeAll(IEnumerable<Exception> errors, IConfiguration configuration)
    {
        var lines = errors.Select(error => Describe(error, configuration)).ToList();
        return lines.Any(line => line is null) ? null : string.Join(" ", lines);
    }
}
