namespace Gateway.Tests.Sweep;

/// <summary>What a sweep case's answer must look like besides its status.</summary>
internal enum ResponseShape
{
    /// <summary><c>application/problem+json</c> with a title and a Korean detail (and the case's code or field, when given).</summary>
    Problem,

    /// <summary>A success (or a framework answer such as SignalR's plain text): only the status is checked.</summary>
    Any,

    /// <summary>An answer written before the pipeline runs (Kestrel's own 4xx): no body is required.</summary>
    Bare,
}
