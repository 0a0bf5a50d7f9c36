using System.Collections.Immutable;

namespace SmartStore.Models;

/// <summary>The product orders that changed in a range, newest change per product order, oldest first.</summary>
/// <param name="Changes">One entry per product order id (the latest change seen).</param>
/// <param name="CoveredUntil">The end of the range read completely; the next incremental read can start here.</param>
/// <param name="ServerTime">
/// SmartStore's own clock: the latest <c>timestamp</c> of the answers read (every window and page), null when none
/// carried one. A checkpoint should trust this rather than the local clock, which may run ahead of Naver's.
/// </param>
public sealed record ChangedStatuses(ImmutableArray<LastChangedStatus> Changes, DateTimeOffset CoveredUntil, DateTimeOffset? ServerTime);
