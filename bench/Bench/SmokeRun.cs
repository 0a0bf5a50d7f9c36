using System.Diagnostics;

namespace Bench;

/// <summary>
/// <c>--smoke</c> without a benchmark name: every benchmark in turn with <c>--smoke</c> on the default PostgreSQL
/// (<c>ONCHANNEL_BENCH_PG</c> or a private server), then one line per benchmark with its exit code and time. Fails
/// when any of them failed; never on a figure.
/// </summary>
internal static class SmokeRun
{
    public static async Task<int> RunAsync()
    {
        var results = new List<(string Name, int Exit, TimeSpan Elapsed)>();
        foreach (var benchmark in Benchmarks.All)
        {
            Console.WriteLine();
            Console.WriteLine($"===== {benchmark.Name} --smoke =====");
            var clock = Stopwatch.StartNew();
            int exit;
            try
            {
                exit = await benchmark.RunAsync(["--" + Benchmarks.SmokeSwitch]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"{benchmark.Name} threw: {e}");
                exit = 1;
            }

            results.Add((benchmark.Name, exit, clock.Elapsed));
        }

        Console.WriteLine();
        Console.WriteLine("===== smoke summary =====");
        foreach (var (name, exit, elapsed) in results)
        {
            Console.WriteLine(BenchText.Invariant($"{name,-10} {(exit == 0 ? "ok" : $"FAILED (exit {exit})"),-16} {elapsed.TotalSeconds,6:0.0} s"));
        }

        var failed = results.Count(r => r.Exit != 0);
        Console.WriteLine(BenchText.Invariant($"{results.Count - failed} benchmarks ok, {failed} failed"));
        return failed == 0 ? 0 : 1;
    }
}
