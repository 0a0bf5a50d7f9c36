using System.Collections.Immutable;
using SmartStore.Models;

namespace Grains.Collection;

/// <summary>What one automatic collection read from SmartStore, and what <see cref="ChangeClassifier"/> made of it.</summary>
/// <param name="Range">The change-feed range read.</param>
/// <param name="Feed">The change feed's answer for <paramref name="Range"/>.</param>
/// <param name="Plan">The classified changes, with the ids whose details were queried.</param>
/// <param name="Missing">Queried ids SmartStore left out of its detail answer.</param>
/// <param name="Details">The classified details.</param>
public sealed record class ChangesRead(
    CollectionRange Range,
    ChangedStatuses Feed,
    ChangePlan Plan,
    ImmutableArray<string> Missing,
    DetailPlan Details);
