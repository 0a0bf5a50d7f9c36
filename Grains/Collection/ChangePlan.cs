using System.Collections.Immutable;
using Grains.Interfaces.Orders;

namespace Grains.Collection;

/// <summary>What one read of SmartStore's change feed (or listing) asks collection to do.</summary>
/// <param name="Details">Product orders whose details must be queried: new ones, ones whose address changed, owed ones.</param>
/// <param name="Changes">Known orders and what the change record alone says about them.</param>
/// <param name="AlreadyKnown">Known orders seen again with nothing new (e.g. in the overlap).</param>
public sealed record class ChangePlan(
    ImmutableArray<string> Details,
    ImmutableArray<KeyValuePair<string, SmartStoreChange>> Changes,
    int AlreadyKnown);
