using System.Diagnostics;

namespace Tests.Shared;

/// <summary>Waiting for a condition with a deadline, instead of sleeping for a fixed time.</summary>
public static class Wait
{
    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="expectation"/> after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string expectation)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(20);
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for: {expectation}");
            }
            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }
    }
}
