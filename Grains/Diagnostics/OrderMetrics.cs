using System.Diagnostics.Metrics;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;

namespace Grains.Diagnostics;

/// <summary>
/// The order pipeline's instruments (meter <see cref="MeterName"/>): orders collected by outcome, placed, and failed
/// by stage and reason. Reasons are the <see cref="OrderErrorCode"/> and <see cref="TransitionErrorCode"/> names, a
/// closed set; sellers and orders are never tags.
/// </summary>
public sealed class OrderMetrics
{
    public const string MeterName = "OnChannel.Orders";

    private readonly Counter<long> _collected;
    private readonly Counter<long> _placed;
    private readonly Counter<long> _failed;

    public OrderMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _collected = meter.CreateCounter<long>(
            "onchannel.orders.collected", unit: "{order}",
            description: "New orders collected from SmartStore, by outcome (orderable, needs_option, failed)");
        _placed = meter.CreateCounter<long>("onchannel.orders.placed", unit: "{order}", description: "Orders placed and paid with points");
        _failed = meter.CreateCounter<long>(
            "onchannel.orders.failed", unit: "{order}",
            description: "Orders refused at collection (validation errors) or at placing, by stage and reason");
    }

    /// <summary>What one collection run created, as its summary counts it.</summary>
    public void Collected(CollectionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Add(_collected, summary.Orderable, "outcome", "orderable");
        Add(_collected, summary.NeedsOption, "outcome", "needs_option");
        Add(_collected, summary.Failed, "outcome", "failed");
    }

    /// <summary>A new order was stored with <paramref name="code"/> blocking it.</summary>
    public void CollectionError(OrderErrorCode code) => Failed("collect", code.ToString());

    /// <summary>A collection was refused outright (malformed facts).</summary>
    public void CollectionRefused(TransitionErrorCode code) => Failed("collect", code.ToString());

    /// <summary>An order was placed.</summary>
    public void Placed() => _placed.Add(1);

    /// <summary>A placing was refused for <paramref name="code"/>.</summary>
    public void PlacingRefused(TransitionErrorCode code) => Failed("place", code.ToString());

    private void Failed(string stage, string reason) =>
        _failed.Add(1, new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("reason", reason));

    private static void Add(Counter<long> counter, int count, string tag, string value)
    {
        if (count > 0)
        {
            counter.Add(count, new KeyValuePair<string, object?>(tag, value));
        }
    }
}
