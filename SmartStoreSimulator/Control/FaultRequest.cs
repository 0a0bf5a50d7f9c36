using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/faults</c>.</summary>
internal sealed record FaultRequest(
    string? ClientId, string? Api, FaultKind Kind, int? Count, int? LatencyMs, int? Status, string? Code, bool AfterProcessing);
