namespace Bench;

/// <summary>Requests the simulator received and the 429s it answered; the rest were accepted.</summary>
internal readonly record struct ApiCount(long Requests, long RateLimited)
{
    public long Accepted => Requests - RateLimited;

    public static ApiCount operator -(ApiCount after, ApiCount before) =>
        new(after.Requests - before.Requests, after.RateLimited - before.RateLimited);
}
