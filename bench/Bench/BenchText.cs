using System.Globalization;
using System.Runtime.InteropServices;

namespace Bench;

/// <summary>Invariant formatting and the machine line every benchmark header carries.</summary>
internal static class BenchText
{
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Cores, runtime, OS, load average (when the OS reports one) and the time of the run.</summary>
    public static string Machine()
    {
        var load = File.Exists("/proc/loadavg") ? ", load average " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";
        return Invariant($"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}{load}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
    }

    /// <summary>The header of a report: the title, its details indented, the machine line and a blank line.</summary>
    public static void WriteHeader(TextWriter writer, string title, params string[] details)
    {
        writer.WriteLine(title);
        foreach (var detail in details)
        {
            writer.WriteLine("  " + detail);
        }

        writer.WriteLine("  " + Machine());
        writer.WriteLine();
    }
}
