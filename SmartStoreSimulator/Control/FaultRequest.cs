using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/faults</c>.</summary>
/// <param name="ClientId">Only requests of this application; any when null.</param>
/// <param name="Api">Only this API (<c>token</c>, <c>query</c>, <c>delay</c>...); any when null (<c>query</c> for <see cref="FaultKind.OmitFromQuery"/>).</param>
/// <param name="Kind">What happens to a matching request.</param>
/// <param name="Count">How many matching requests it applies to; 1 when null, unlimited for <see cref="FaultKind.OmitFromQuery"/>.</param>
/// <param name="LatencyMs">Delay of <see cref="FaultKind.Latency"/>.</param>
/// <param name="Status">HTTP status of <see cref="FaultKind.ServerError"/> (500 when null).</param>
/// <param name="Code">Error code of <see cref="FaultKind.ServerError"/> (<c>GW.INTERNAL_SERVER_ERROR</c> when null).</param>
/// <param name="AfterProcessing">Handle the request first (apply a write), then replace the answer.</param>
/// <param name="ProductOrderIds">For <see cref="FaultKind.OmitFromQuery"/>: the ids to leave out.</param>
public sealed record FaultRequest(
    string? ClientId,
    string? Api,
    FaultKind Kind,
    int? Count = null,
    int? LatencyMs = null,
    int? Status = null,
    string? Code = null,
    bool AfterProcessing = false,
    IReadOnlyList<string>? ProductOrderIds = null);
