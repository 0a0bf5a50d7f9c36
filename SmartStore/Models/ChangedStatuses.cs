using System.Collections.Immutable;

namespace SmartStore.Models;

/// <summary>The product orders that changed in a range, newest change per product order, oldest first.</summary>
/// <param name="Changes">One entry per product order id (the latest change seen).</param>
/// <param name="CoveredUntil">The end of the range read completely; the next incremental read can start here.</param>
/// <param name="ServerTime">SmartStore's clock: the latest answer <c>timestamp</c>; null when none was sent.</param>
public sealed record ChangedStatuses(ImmutableArray<LastChangedStatus> Changes, DateTimeOffset CoveredUntil, DateTimeOffset? ServerTime = null);
