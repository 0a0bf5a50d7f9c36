using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Grains.Orders;

/// <summary>
/// Orders whose re-validation failed (a silo down, storage refusing a write), kept in the state of the grain that
/// fanned out and retried on its <see cref="ReminderName"/> reminder until none is left.
/// </summary>
internal static class RevalidationBacklog
{
    /// <summary>The reminder that retries a grain's backlog while it is not empty.</summary>
    public const string ReminderName = "revalidation-backlog";

    /// <summary>How often a backlog is retried.</summary>
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(10);

    /// <summary>The backlog with <paramref name="failed"/> added, sorted and without repeats.</summary>
    public static ImmutableArray<string> Add(ImmutableArray<string> backlog, IEnumerable<string> failed) =>
        [.. (backlog.IsDefault ? [] : backlog).Union(failed, StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Retries every order of <paramref name="backlog"/>; returns the ones that failed again.</summary>
    public static async Task<ImmutableArray<string>> RetryAsync(IGrainFactory grains, ImmutableArray<string> backlog, ILogger logger)
    {
        if (backlog.IsDefaultOrEmpty)
        {
            return [];
        }

        var (_, failed) = await OrderFanout.RevalidateAsync(grains, backlog, logger);
        return failed;
    }
}
