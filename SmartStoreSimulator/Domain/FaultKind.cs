namespace SmartStoreSimulator.Domain;

/// <summary>Faults the control endpoint can inject into the Naver endpoints.</summary>
internal enum FaultKind
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
}
