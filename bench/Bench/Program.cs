using Bench;

// One subcommand per benchmark: dotnet run -c Release --project bench/Bench -- <benchmark> [--option value ...]
// or every benchmark, small: dotnet run -c Release --project bench/Bench -- --smoke (PostgreSQL from ONCHANNEL_BENCH_PG, else a private server)
try
{
    if (args is ["--" + Benchmarks.SmokeSwitch])
    {
        return await SmokeRun.RunAsync();
    }

    var benchmark = Benchmarks.All.FirstOrDefault(b => b.Name == args.FirstOrDefault());
    return benchmark is null ? Usage() : await benchmark.RunAsync(args[1..]);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/Bench -- <benchmark> [options] [--smoke]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/Bench -- --smoke   (every benchmark, small)");
    Console.Error.WriteLine();
    Console.Error.WriteLine("Benchmarks:");
    foreach (var benchmark in Benchmarks.All)
    {
        Console.Error.WriteLine($"  {benchmark.Name,-10} {benchmark.Usage}");
    }

    return 2;
}
