namespace Bench;

/// <summary>
/// Keeps a fixed number of callers per seller busy until stopped: seller 0 is the heavy one with many parallel
/// callers, every other seller has a few. Each caller starts its next call as soon as the last one returns.
/// </summary>
internal static class CallerLoad
{
    public static Task RunAsync(
        int sellers, int heavyCallers, int lightCallers, Func<int, CancellationToken, Task<bool>> call, LoadTally tally, CancellationToken stop)
    {
        var callers = Enumerable.Range(0, sellers)
            .SelectMany(seller => Enumerable.Repeat(seller, seller == 0 ? heavyCallers : lightCallers))
            .Select(seller => CallRepeatedlyAsync(seller, call, tally, stop));
        return Task.WhenAll(callers);
    }

    private static async Task CallRepeatedlyAsync(int seller, Func<int, CancellationToken, Task<bool>> call, LoadTally tally, CancellationToken stop)
    {
        // Every caller starts on the thread pool, not inline in the loop that creates them all.
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            bool accepted;
            try
            {
                accepted = await call(seller, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Calls still queued in the governor or in flight when the time is up do not count.
                return;
            }

            tally.Record(seller, accepted);
        }
    }
}
