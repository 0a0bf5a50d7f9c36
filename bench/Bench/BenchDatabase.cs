namespace Bench;

/// <summary>A fresh database of one benchmark run, dropped (connections and all) when the run ends.</summary>
internal sealed class BenchDatabase(string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync() => await drop();
}
