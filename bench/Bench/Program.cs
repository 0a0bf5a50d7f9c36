using Bench;

// One subcommand per benchmark: dotnet run -c Release --project bench/Bench -- <benchmark> [--option value ...]
try
{
    return args.FirstOrDefault() switch
    {
        "governor" => await GovernorBenchmark.RunAsync(GovernorSettings.From(BenchArguments.Parse(args[1..], GovernorSettings.OptionNames))),
        _ => Usage(),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/Bench -- <benchmark> [options]");
    Console.Error.WriteLine();
    Console.Error.WriteLine("Benchmarks:");
    Console.Error.WriteLine("  governor  " + GovernorSettings.Usage);
    return 2;
}
