using System.Collections.Immutable;
using Grains.Interfaces.Sellers;

namespace Grains.Collection;

/// <summary>
/// Keeps account of product orders SmartStore listed but left out of its detail answer: each one is asked again on
/// the next runs and holds the checkpoint, until it arrives or has been missing for the allowed number of runs, when
/// it is quarantined with a visible reason instead of being asked forever.
/// </summary>
public static class OwedOrders
{
    /// <summary>
    /// The owed orders after a run that asked for <paramref name="requested"/> and did not get <paramref name="missing"/>.
    /// <paramref name="changedAt"/> gives the change time of ids first seen in this run.
    /// </summary>
    public static (ImmutableArray<OwedOrder> Owed, ImmutableArray<QuarantinedOrder> Quarantined) Update(
        ImmutableArray<OwedOrder> previous,
        IReadOnlyCollection<string> requested,
        IReadOnlyCollection<string> missing,
        IReadOnlyDictionary<string, DateTimeOffset> changedAt,
        int maxAttempts,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(changedAt);
        var before = (previous.IsDefault ? [] : previous).ToDictionary(o => o.ProductOrderId, StringComparer.Ordinal);
        var asked = requested.ToHashSet(StringComparer.Ordinal);
        var owed = ImmutableArray.CreateBuilder<OwedOrder>();
        var quarantined = ImmutableArray.CreateBuilder<QuarantinedOrder>();

        // Owed orders this run did not ask for (none today) stay owed as they were.
        owed.AddRange(before.Values.Where(o => !asked.Contains(o.ProductOrderId)));
        foreach (var id in missing.Distinct(StringComparer.Ordinal))
        {
            var attempts = (before.TryGetValue(id, out var earlier) ? earlier.Attempts : 0) + 1;
            var at = earlier?.ChangedAt ?? (changedAt.TryGetValue(id, out var stamped) ? stamped : now);
            if (attempts >= maxAttempts)
            {
                quarantined.Add(new QuarantinedOrder(id, $"스마트스토어가 {attempts}번 연속으로 주문 상세를 돌려주지 않아 수집을 멈췄어요. 스마트스토어에서 주문을 확인해 주세요.", now));
            }
            else
            {
                owed.Add(new OwedOrder(id, at, attempts));
            }
        }

        return ([.. owed.OrderBy(o => o.ChangedAt).ThenBy(o => o.ProductOrderId, StringComparer.Ordinal)], quarantined.ToImmutable());
    }

    /// <summary>The earliest change still owed: the checkpoint may not pass it.</summary>
    public static DateTimeOffset? HeldAt(ImmutableArray<OwedOrder> owed) =>
        owed.IsDefaultOrEmpty ? null : owed.Min(o => o.ChangedAt);
}
