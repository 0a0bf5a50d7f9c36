using System.Collections.Immutable;

namespace SmartStore.Models;

/// <summary>
/// Per-item outcome of a confirm or dispatch over any number of ids: every requested id appears exactly once,
/// either in <see cref="Succeeded"/> or in <see cref="Failed"/>.
/// </summary>
/// <param name="Succeeded">Ids now confirmed or dispatched (including ones found already applied after an unknown outcome).</param>
/// <param name="Failed">Ids that were not applied, with the reason.</param>
/// <param name="ReceiverAddressChanged">Confirmed ids whose recipient address changed; re-read before shipping.</param>
public sealed record WriteOutcome(
    ImmutableArray<string> Succeeded,
    ImmutableArray<ProductOrderFailure> Failed,
    ImmutableArray<string> ReceiverAddressChanged);
