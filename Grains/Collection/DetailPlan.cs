using System.Collections.Immutable;
using Grains.Interfaces.Orders;

namespace Grains.Collection;

/// <summary>What the queried details (or the manual listing) ask collection to do.</summary>
/// <param name="Collect">New orders to create, by product order id.</param>
/// <param name="Changes">Known orders and their current SmartStore picture (claim, recipient, delivery).</param>
/// <param name="Skipped">New product orders whose 판매자 상품 코드 is not an OnChannel code.</param>
public sealed record class DetailPlan(
    ImmutableArray<CollectedOrder> Collect,
    ImmutableArray<KeyValuePair<string, SmartStoreChange>> Changes,
    int Skipped);
