using System.Diagnostics;
using Npgsql;

namespace Bench;

/// <summary>
/// CPU seconds used by this process and by the PostgreSQL server (its postmaster and every child, read from
/// <c>/proc</c>; only when the server runs on this machine), to show where a window's time went.
/// </summary>
internal sealed class CpuMeter
{
    // Linux reports process times in clock ticks of 1/100 s (USER_HZ).
    private const double TicksPerSecond = 100;

    private readonly int? _postmaster;

    private CpuMeter(int? postmaster) => _postmaster = postmaster;

    public static async Task<CpuMeter> ForServerAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_backend_pid()");
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var stat = ReadStat(backend);
        return new CpuMeter(stat is null ? null : int.Parse(stat[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public CpuSample Sample()
    {
        using var process = Process.GetCurrentProcess();
        return new CpuSample(process.TotalProcessorTime.TotalSeconds, ServerSeconds());
    }

    private double? ServerSeconds()
    {
        if (_postmaster is not { } postmaster || ReadStat(postmaster) is not { } own)
        {
            return null;
        }

        // Live processes by their scheduler run time (exact; the tick-sampled utime of short-lived bursts, which is
        // what backends do, stays near zero until they exit), exited children by the postmaster's cutime and cstime.
        var seconds = (Ticks(own, 13) + Ticks(own, 14)) / TicksPerSecond + RunSeconds(postmaster);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ReadStat(pid) is { } stat && stat[1] == own[0])
            {
                seconds += RunSeconds(pid);
            }
        }

        return seconds;
    }

    /// <summary>The first field of <c>/proc/PID/schedstat</c>: nanoseconds spent on a CPU.</summary>
    private static double RunSeconds(int pid)
    {
        try
        {
            return long.Parse(File.ReadAllText($"/proc/{pid}/schedstat").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1e9;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Fields of <c>/proc/PID/stat</c> after the command name: [0] is the pid itself, [1] the parent, [13] and [14] cutime and cstime.</summary>
    private static string[]? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return [pid.ToString(System.Globalization.CultureInfo.InvariantCulture), .. afterName[1..]];
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Ticks(string[] stat, int field) => long.Parse(stat[field], System.Globalization.CultureInfo.InvariantCulture);
}
