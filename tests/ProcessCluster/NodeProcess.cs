using System.Collections.Concurrent;
using System.Diagnostics;
using Tests.Shared;

namespace ProcessCluster;

/// <summary>
/// One silo or gateway as a separate OS process (<c>dotnet &lt;app&gt;.dll</c> in its output folder, configured by
/// environment variables), its stdout and stderr appended to a log file, ready once its <c>/health/ready</c> answers
/// 200. The same node can be killed (<c>kill -9</c>) and started again with the same settings and ports.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private static readonly HttpClient Health = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>Every node started and not disposed: killed when this process exits, whatever the tests did.</summary>
    private static readonly ConcurrentDictionary<NodeProcess, bool> Live = new();

    static NodeProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var node in Live.Keys)
            {
                node.Kill();
            }
        };
    }

    private readonly string _dllPath;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly object _gate = new();
    private Process? _process;
    private StreamWriter? _log;
    private int _starts;

    public NodeProcess(string name, string dllPath, Uri healthBase, string logPath, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        _dllPath = dllPath;
        HealthBase = healthBase;
        LogPath = logPath;
        _environment = environment;
    }

    /// <summary>e.g. <c>silo1</c>, <c>gateway2</c>.</summary>
    public string Name { get; }

    /// <summary>Its HTTP address (health, and the API for a gateway).</summary>
    public Uri HealthBase { get; }

    /// <summary>Where its output goes (every start appends).</summary>
    public string LogPath { get; }

    /// <summary>True while the process runs.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _process is { HasExited: false };
            }
        }
    }

    /// <summary>Starts the process (it must not be running).</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_process is { HasExited: false })
            {
                throw new InvalidOperationException($"{Name} is running already.");
            }

            _process?.Dispose();
            _log ??= new StreamWriter(new FileStream(LogPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
            _starts++;
            Append(_log, $"===== {Name} start #{_starts} at {DateTimeOffset.Now:O} =====");
            var start = new ProcessStartInfo("dotnet", [_dllPath])
            {
                WorkingDirectory = Path.GetDirectoryName(_dllPath)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var (key, value) in _environment)
            {
                start.Environment[key] = value;
            }

            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            var log = _log;
            process.OutputDataReceived += (_, e) => Append(log, e.Data);
            process.ErrorDataReceived += (_, e) => Append(log, e.Data is null ? null : "ERR " + e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _process = process;
            Live[this] = true;
        }
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails naming the log when the process exits or the time is up.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var ready = new Uri(HealthBase, "health/ready");
        await Wait.UntilAsync(
            async () =>
            {
                if (!IsRunning)
                {
                    throw new InvalidOperationException($"{Name} exited before it was ready; see {LogPath}.");
                }

                try
                {
                    using var response = await Health.GetAsync(ready);
                    return response.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            timeout,
            $"{Name} to answer {ready} (log {LogPath})");
    }

    /// <summary>kill -9: the process ends at once, without shutting down (no membership update, no flush).</summary>
    public void Kill()
    {
        Process? process;
        lock (_gate)
        {
            process = _process;
        }

        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            StreamWriter? log;
            lock (_gate)
            {
                log = _log;
            }

            if (log is not null)
            {
                Append(log, $"===== {Name} killed at {DateTimeOffset.Now:O} =====");
            }
        }
    }

    /// <summary>Kills the process if it still runs and closes the log.</summary>
    public void Dispose()
    {
        Kill();
        Live.TryRemove(this, out _);
        lock (_gate)
        {
            _process?.Dispose();
            _process = null;
            if (_log is { } log)
            {
                lock (log)
                {
                    log.Dispose();
                }
            }

            _log = null;
        }
    }

    private static void Append(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output arriving after the node was disposed is dropped.
            }
        }
    }
}
