using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using SmartStore.Models;

namespace Grains.Collection;

/// <summary>Classifies SmartStore's change records and product orders into what collection does with each.</summary>
public static class ChangeClassifier
{
    /// <summary>
    /// Splits the change records of one run. <paramref name="known"/> are the ids the seller already has as orders;
    /// <paramref name="owed"/> are ids a previous run did not get details for, asked again here.
    /// </summary>
    public static ChangePlan Classify(
        IEnumerable<LastChangedStatus> changes, IReadOnlySet<string> known, IEnumerable<OwedOrder> owed)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(owed);
        var details = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var apply = ImmutableArray.CreateBuilder<KeyValuePair<string, SmartStoreChange>>();
        var alreadyKnown = 0;
        foreach (var change in changes)
        {
            var id = change.ProductOrderId;
            if (!seen.Add(id))
            {
                continue;
            }

            if (known.Contains(id))
            {
                // An address change needs the details (the record does not carry the address); they also carry
                // the claim and status, so the detail answer decides everything for that order.
                if (SmartStoreFacts.IsAddressChange(change))
                {
                    details.Add(id);
                }
                else if (SmartStoreFacts.ChangeOf(change) is { } meaning)
                {
                    apply.Add(new(id, meaning));
                }
                else
                {
                    alreadyKnown++;
                }
            }
            else if (change.ProductOrderStatus == ProductOrderStatuses.Payed
                     && !SmartStoreFacts.IsCancelRequested(change.ClaimType, change.ClaimStatus)
                     && !SmartStoreFacts.IsCanceled(change.ProductOrderStatus, change.ClaimStatus))
            {
                // New to us, or first seen with a rejected or withdrawn claim: collect it from its details.
                details.Add(id);
            }
        }

        foreach (var order in owed)
        {
            // Also when listed again with a change that needs no details: an owed id not asked stays owed as it
            // was, never quarantined, and holds the checkpoint for good.
            if (seen.Add(order.ProductOrderId) || !details.Contains(order.ProductOrderId))
            {
                details.Add(order.ProductOrderId);
            }
        }

        return new ChangePlan([.. details], apply.ToImmutable(), alreadyKnown);
    }

    /// <summary>
    /// Splits product orders read in detail (or listed by 주문 가져오기): known orders get their current picture, new
    /// collectable ones paid at or after <paramref name="earliestPayment"/> are collected when their code is an
    /// OnChannel code and counted as skipped otherwise.
    /// </summary>
    public static DetailPlan ClassifyDetails(
        IEnumerable<ProductOrder> orders, IReadOnlySet<string> known, string sellerId, DateTimeOffset earliestPayment)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(known);
        var collect = ImmutableArray.CreateBuilder<CollectedOrder>();
        var changes = ImmutableArray.CreateBuilder<KeyValuePair<string, SmartStoreChange>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var order in orders)
        {
            if (!seen.Add(order.ProductOrderId))
            {
                continue;
            }

            if (known.Contains(order.ProductOrderId))
            {
                changes.Add(new(order.ProductOrderId, SmartStoreFacts.ChangeOf(order)));
                continue;
            }

            if (!SmartStoreFacts.IsCollectable(order) || order.PaymentDate is not { } paid || paid < earliestPayment)
            {
                continue;
            }

            if (ProductCode.TryNormalize(order.SellerProductCode, out var code))
            {
                collect.Add(SmartStoreFacts.ToCollected(order, sellerId, code));
            }
            else
            {
                skipped++;
            }
        }

        return new DetailPlan(collect.ToImmutable(), changes.ToImmutable(), skipped);
    }

    /// <summary>
    /// One change per product order to apply, in the order the ids first appear; a later change of the same id wins
    /// (the detail answer's picture, given after the change records, decides).
    /// </summary>
    public static IReadOnlyDictionary<string, SmartStoreChange> LatestById(IEnumerable<KeyValuePair<string, SmartStoreChange>> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var byId = new Dictionary<string, SmartStoreChange>(StringComparer.Ordinal);
        foreach (var (id, change) in changes)
        {
            byId[id] = change;
        }

        return byId;
    }
}
