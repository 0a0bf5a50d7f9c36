namespace Bench;

/// <summary>Accepted calls per seller and failed calls, counted by the callers of one client.</summary>
internal sealed class LoadTally(int sellers)
{
    private readonly long[] _accepted = new long[sellers];
    private long _failed;

    public void Record(int seller, bool accepted)
    {
        if (accepted)
        {
            Interlocked.Increment(ref _accepted[seller]);
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }
    }

    public TallySnapshot Snapshot() =>
        new([.. _accepted.Select((_, seller) => Interlocked.Read(ref _accepted[seller]))], Interlocked.Read(ref _failed));
}
