namespace SmartStore;

/// <summary>
/// A failed SmartStore call as data: the HTTP status (0 when no response arrived), Naver's <c>code</c> and
/// <c>message</c>, and the <c>traceId</c> Naver support asks for. Client-side failures use codes starting with
/// <c>CLIENT.</c> (see <see cref="SmartStoreErrorCodes"/>).
/// </summary>
public sealed record SmartStoreError(int HttpStatus, string Code, string Message, string? TraceId)
{
    /// <summary>
    /// True when a write may or may not have been applied (no response, a timeout, a 5xx, or an unreadable success
    /// body), so it has to be read back before being sent again.
    /// </summary>
    public bool IsOutcomeUnknown =>
        HttpStatus >= 500
        || Code is SmartStoreErrorCodes.Transport or SmartStoreErrorCodes.Timeout or SmartStoreErrorCodes.MalformedResponse;

    /// <summary>True for failures worth trying again later (rate limits, gateway and transport failures).</summary>
    public bool IsTransient => HttpStatus == 429 || IsOutcomeUnknown;
}
