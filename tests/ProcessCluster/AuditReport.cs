using System.Globalization;
using System.Text;

namespace ProcessCluster;

/// <summary>The exactly-once figures of a fault run, as counted from PostgreSQL and the simulator.</summary>
public sealed record AuditReport
{
    /// <summary>Orders the simulator holds for the scenario's sellers.</summary>
    public int SimulatorOrders { get; init; }

    /// <summary>Of those, rows in <c>order_read</c>.</summary>
    public int Collected { get; init; }

    /// <summary>Simulator orders with no row.</summary>
    public int Lost { get; init; }

    /// <summary>Rows of the sellers that are no simulator order, or a product order id counted twice.</summary>
    public int Duplicated { get; init; }

    /// <summary>Orders in 주문발주 or later.</summary>
    public int Placed { get; init; }

    /// <summary>Orders with more than one net charge in the ledger.</summary>
    public int ChargedTwice { get; init; }

    /// <summary>Placed orders without a charge, or charged orders that are not placed (and not refunded).</summary>
    public int ChargeMismatch { get; init; }

    /// <summary>Placed orders confirmed on SmartStore exactly once / not yet / more than once.</summary>
    public int ConfirmedOnce { get; init; }

    public int ConfirmedNever { get; init; }

    public int ConfirmedTwice { get; init; }

    /// <summary>Tracking numbers entered, and of those dispatched on SmartStore once / never / more than once / with another number.</summary>
    public int TrackingEntered { get; init; }

    public int DispatchedOnce { get; init; }

    public int DispatchedNever { get; init; }

    public int DispatchedTwice { get; init; }

    public int DispatchedWrongNumber { get; init; }

    /// <summary>Sellers whose balance differs from the sum of their ledger.</summary>
    public int BalanceMismatches { get; init; }

    /// <summary>Sellers checked.</summary>
    public int Sellers { get; init; }

    /// <summary>Order states persisted but not projected (<c>order_projection_due</c>).</summary>
    public int ProjectionsDue { get; init; }

    /// <summary>Placements in progress (<c>finish-placing</c> reminders).</summary>
    public int PlacementsInProgress { get; init; }

    /// <summary>Sellers' outboxes with writes not yet sent (<c>smartstore-outbox</c> reminders).</summary>
    public int OutboxesPending { get; init; }

    /// <summary>Every exactly-once check that does not hold, in words; empty when the run is clean.</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            var failures = new List<string>();
            Check(failures, Lost, "simulator orders not collected");
            Check(failures, Duplicated, "duplicated or unknown order rows");
            Check(failures, ChargedTwice, "orders charged twice");
            Check(failures, ChargeMismatch, "orders whose charge and status disagree");
            Check(failures, ConfirmedNever, "placed orders never confirmed on SmartStore");
            Check(failures, ConfirmedTwice, "orders confirmed more than once");
            Check(failures, DispatchedNever, "tracking numbers never dispatched");
            Check(failures, DispatchedTwice, "tracking numbers dispatched more than once");
            Check(failures, DispatchedWrongNumber, "dispatches with another tracking number");
            Check(failures, BalanceMismatches, "balances that differ from their ledger");
            Check(failures, ProjectionsDue, "order states not projected");
            Check(failures, PlacementsInProgress, "placements still in progress");
            Check(failures, OutboxesPending, "outboxes with unsent writes");
            return failures;
        }
    }

    /// <summary>Stuck means something is still in an intermediate step: a placement, an outbox write or a projection.</summary>
    public int Stuck => ProjectionsDue + PlacementsInProgress + OutboxesPending + ConfirmedNever + DispatchedNever;

    /// <summary>Figure per line, for logs and the chaos report.</summary>
    public IReadOnlyList<(string Figure, string Value)> Figures =>
    [
        ("simulator orders", Format(SimulatorOrders)),
        ("collected / lost / duplicated", $"{Format(Collected)} / {Format(Lost)} / {Format(Duplicated)}"),
        ("placed / charged twice / charge ≠ status", $"{Format(Placed)} / {Format(ChargedTwice)} / {Format(ChargeMismatch)}"),
        ("confirmed once / never / twice", $"{Format(ConfirmedOnce)} / {Format(ConfirmedNever)} / {Format(ConfirmedTwice)}"),
        ("tracking entered / dispatched once / never / twice / wrong", $"{Format(TrackingEntered)} / {Format(DispatchedOnce)} / {Format(DispatchedNever)} / {Format(DispatchedTwice)} / {Format(DispatchedWrongNumber)}"),
        ("balances ≠ ledger (of sellers)", $"{Format(BalanceMismatches)} (of {Format(Sellers)})"),
        ("stuck: projections / placements / outboxes", $"{Format(ProjectionsDue)} / {Format(PlacementsInProgress)} / {Format(OutboxesPending)}"),
    ];

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (figure, value) in Figures)
        {
            text.Append(CultureInfo.InvariantCulture, $"{figure}: {value}; ");
        }

        return text.Append(Failures.Count == 0 ? "clean" : "FAILED: " + string.Join(", ", Failures)).ToString();
    }

    private static void Check(List<string> failures, int count, string what)
    {
        if (count != 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {what}"));
        }
    }

    private static string Format(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
