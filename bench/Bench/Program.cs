using Bench;

// One subcommand per benchmark: dotnet run -c Release --project bench/Bench -- <benchmark> [--option value ...]
try
{
    return args.FirstOrDefault() switch
    {
        "governor" => await GovernorBenchmark.RunAsync(GovernorSettings.From(BenchArguments.Parse(args[1..], GovernorSettings.OptionNames))),
        "readmodel" => await ReadModelBenchmark.RunAsync(ReadModelSettings.From(BenchArguments.Parse(args[1..], ReadModelSettings.OptionNames, ReadModelSettings.SwitchNames))),
        "ingest" => await IngestBenchmark.RunAsync(IngestSettings.From(BenchArguments.Parse(args[1..], IngestSettings.OptionNames))),
        "push" => await PushBenchmark.RunAsync(PushSettings.From(BenchArguments.Parse(args[1..], PushSettings.OptionNames, PushSettings.SwitchNames))),
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
    Console.Error.WriteLine("  governor   " + GovernorSettings.Usage);
    Console.Error.WriteLine("  readmodel  " + ReadModelSettings.Usage);
    Console.Error.WriteLine("  ingest     " + IngestSettings.Usage);
    Console.Error.WriteLine("  push       " + PushSettings.Usage);
    return 2;
}
