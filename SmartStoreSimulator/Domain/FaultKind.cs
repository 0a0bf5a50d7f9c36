namespace SmartStoreSimulator.Domain;

/// <summary>Faults the control endpoint can inject into the Naver endpoints.</summary>
public enum FaultKind
{
    /// <summary>429 <c>GW.RATE_LIMIT</c> regardless of the bucket.</summary>
    RateLimit,

    /// <summary>An error body: 500 <c>GW.INTERNAL_SERVER_ERROR</c> unless another status (e.g. 503, 403) and code are given.</summary>
    ServerError,

    /// <summary>A delay before the request is handled normally.</summary>
    Latency,

    /// <summary>200 with a body that is not valid JSON.</summary>
    MalformedJson,

    /// <summary>The connection is aborted without a response.</summary>
    DropConnection,

    /// <summary>
    /// <c>POST .../query</c> answers normally but leaves the given product order ids out of <c>data</c>, as Naver may
    /// (every requested id has to be accounted for by the caller). Unlimited until <c>DELETE /_sim/faults</c> unless a
    /// count is given.
    /// </summary>
    OmitFromQuery,
}
