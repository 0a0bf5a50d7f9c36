namespace Bench;

/// <summary>A <see cref="LoadTally"/> at one instant; subtracting two gives what happened in between.</summary>
internal sealed record TallySnapshot(long[] Accepted, long Failed)
{
    public long TotalAccepted => Accepted.Sum();

    public static TallySnapshot operator -(TallySnapshot after, TallySnapshot before) =>
        new([.. after.Accepted.Zip(before.Accepted, (a, b) => a - b)], after.Failed - before.Failed);

    public static TallySnapshot operator +(TallySnapshot left, TallySnapshot right) =>
        new([.. left.Accepted.Zip(right.Accepted, (a, b) => a + b)], left.Failed + right.Failed);
}
