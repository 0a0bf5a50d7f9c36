namespace Bench;

/// <summary>CPU seconds so far of this process and of the PostgreSQL server (null when it is not on this machine).</summary>
internal readonly record struct CpuSample(double ProcessSeconds, double? ServerSeconds)
{
    public static CpuSample operator -(CpuSample after, CpuSample before) =>
        new(after.ProcessSeconds - before.ProcessSeconds, after.ServerSeconds - before.ServerSeconds);
}
