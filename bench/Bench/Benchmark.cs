namespace Bench;

/// <summary>One subcommand of the bench program.</summary>
/// <param name="Name">The subcommand, e.g. <c>ingest</c>.</param>
/// <param name="Usage">Its options, shown by the usage text.</param>
/// <param name="RunAsync">Runs it with the arguments after the name; returns the exit code (0 when its checks passed).</param>
internal sealed record Benchmark(string Name, string Usage, Func<IReadOnlyList<string>, Task<int>> RunAsync);
