namespace SmartStoreSimulator.Domain;

/// <summary>
/// A fault applied to the next <see cref="Remaining"/> matching requests. With <see cref="AfterProcessing"/> the
/// request is handled first (a write is applied) and only the response is replaced: an unknown outcome.
/// </summary>
internal sealed class FaultRule
{
    public string? ClientId { get; init; }

    public string? Api { get; init; }

    public FaultKind Kind { get; init; }

    public int Remaining { get; set; }

    public int LatencyMs { get; init; }

    public int Status { get; init; }

    public string Code { get; init; } = "GW.INTERNAL_SERVER_ERROR";

    public bool AfterProcessing { get; init; }

    /// <summary>For <see cref="FaultKind.OmitFromQuery"/>: the ids the query answer leaves out.</summary>
    public IReadOnlySet<string> ProductOrderIds { get; init; } = new HashSet<string>();

    public bool Matches(string clientId, string api) =>
        Remaining > 0 && (ClientId is null || ClientId == clientId) && (Api is null || Api == api);
}
