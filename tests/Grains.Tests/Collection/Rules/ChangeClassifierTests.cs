using Grains.Collection;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using SmartStore.Models;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class ChangeClassifierTests
{
    private static SmartStoreChange SingleChange(ChangePlan plan, string id)
    {
        var (changedId, change) = Assert.Single(plan.Changes);
        Assert.Equal(id, changedId);
        return change;
    }

    [Fact]
    public void ANewPaidOrderIsAskedForItsDetails()
    {
        var plan = ChangeClassifier.Classify([Change("new-1")], Known(), NoneOwed);

        Assert.Equal(["new-1"], plan.Details.ToArray());
        Assert.Empty(plan.Changes);
        Assert.Equal(0, plan.AlreadyKnown);
    }

    [Fact]
    public void AKnownOrderSeenAgainWithNothingNewIsOnlyCounted()
    {
        var plan = ChangeClassifier.Classify([Change("known-1")], Known("known-1"), NoneOwed);

        Assert.Empty(plan.Details);
        Assert.Empty(plan.Changes);
        Assert.Equal(1, plan.AlreadyKnown);
    }

    [Fact]
    public void AKnownOrderWhoseAddressChangedIsAskedForItsDetails()
    {
        var plan = ChangeClassifier.Classify(
            [Change("known-1", type: "DELIVERY_ADDRESS_CHANGED"), Change("known-2", type: "PAYED", addressChanged: true)],
            Known("known-1", "known-2"),
            NoneOwed);

        Assert.Equal(["known-1", "known-2"], plan.Details.ToArray());
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void AnAddressChangeOfAKnownOrderWithAClaimStillWaitsForTheDetails()
    {
        var plan = ChangeClassifier.Classify(
            [Change("known-1", type: "CLAIM_REQUESTED", claimType: "CANCEL", claimStatus: "CANCEL_REQUEST", addressChanged: true)],
            Known("known-1"),
            NoneOwed);

        Assert.Equal(["known-1"], plan.Details.ToArray());
        Assert.Empty(plan.Changes);
    }

    [Theory]
    [InlineData("CANCEL", "CANCEL_REQUEST")]
    [InlineData("CANCEL", "CANCELING")]
    [InlineData("ADMIN_CANCEL", "ADMIN_CANCELING")]
    public void AnOpenCancelClaimOnAKnownOrderHoldsIt(string claimType, string claimStatus)
    {
        var plan = ChangeClassifier.Classify(
            [Change("known-1", type: "CLAIM_REQUESTED", claimType: claimType, claimStatus: claimStatus)], Known("known-1"), NoneOwed);

        Assert.Equal(new SmartStoreChange(SmartStoreChangeKind.CancelRequested, claimStatus, null), SingleChange(plan, "known-1"));
        Assert.Empty(plan.Details);
    }

    [Theory]
    [InlineData(ProductOrderStatuses.Canceled, "CANCEL_DONE")]
    [InlineData(ProductOrderStatuses.Payed, "ADMIN_CANCEL_DONE")]
    [InlineData("CANCELED_BY_NOPAYMENT", null)]
    public void ACompletedCancellationOfAKnownOrderCancelsIt(string status, string? claimStatus)
    {
        var plan = ChangeClassifier.Classify(
            [Change("known-1", type: "CLAIM_COMPLETED", status: status, claimType: "CANCEL", claimStatus: claimStatus)], Known("known-1"), NoneOwed);

        Assert.Equal(SmartStoreChangeKind.Canceled, SingleChange(plan, "known-1").Kind);
    }

    [Theory]
    [InlineData(ProductOrderStatuses.Delivered)]
    [InlineData(ProductOrderStatuses.PurchaseDecided)]
    public void ADeliveredOrPurchaseDecidedKnownOrderIsDelivered(string status)
    {
        var plan = ChangeClassifier.Classify([Change("known-1", type: "PURCHASE_DECIDED", status: status)], Known("known-1"), NoneOwed);

        Assert.Equal(new SmartStoreChange(SmartStoreChangeKind.Delivered, null, null), SingleChange(plan, "known-1"));
    }

    [Fact]
    public void ARejectedClaimOnAKnownOrderReleasesIt()
    {
        var plan = ChangeClassifier.Classify(
            [Change("known-1", type: "CLAIM_REJECTED", claimType: "CANCEL", claimStatus: "CANCEL_REJECT")], Known("known-1"), NoneOwed);

        Assert.Equal(new SmartStoreChange(SmartStoreChangeKind.Current, null, null), SingleChange(plan, "known-1"));
    }

    [Fact]
    public void AWithdrawnClaimOnAKnownOrderReleasesItEvenWithoutAClaimStatus()
    {
        var plan = ChangeClassifier.Classify([Change("known-1", type: "CLAIM_REJECTED")], Known("known-1"), NoneOwed);

        Assert.Equal(SmartStoreChangeKind.Current, SingleChange(plan, "known-1").Kind);
    }

    [Theory]
    [InlineData("CANCEL_REJECT")]
    [InlineData("ADMIN_CANCEL_REJECT")]
    public void AnUnknownPaidOrderWithARejectedClaimIsCollectedFromItsDetails(string claimStatus)
    {
        var plan = ChangeClassifier.Classify(
            [Change("new-1", type: "CLAIM_REJECTED", claimType: "CANCEL", claimStatus: claimStatus)], Known(), NoneOwed);

        Assert.Equal(["new-1"], plan.Details.ToArray());
    }

    [Fact]
    public void AnUnknownOrderWithAnOpenCancelRequestIsLeftAlone()
    {
        var plan = ChangeClassifier.Classify(
            [Change("new-1", type: "CLAIM_REQUESTED", claimType: "CANCEL", claimStatus: "CANCEL_REQUEST")], Known(), NoneOwed);

        Assert.Empty(plan.Details);
        Assert.Empty(plan.Changes);
        Assert.Equal(0, plan.AlreadyKnown);
    }

    [Theory]
    [InlineData(ProductOrderStatuses.Canceled)]
    [InlineData(ProductOrderStatuses.Delivering)]
    [InlineData("PAYMENT_WAITING")]
    public void AnUnknownOrderThatIsNotPaidAndOpenIsLeftAlone(string status)
    {
        var plan = ChangeClassifier.Classify([Change("new-1", type: null, status: status)], Known(), NoneOwed);

        Assert.Empty(plan.Details);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void OwedOrdersAreAskedAgainAfterTheNewOnes()
    {
        var plan = ChangeClassifier.Classify(
            [Change("new-1")], Known(), [new OwedOrder("owed-1", Now.AddMinutes(-30), 1)]);

        Assert.Equal(["new-1", "owed-1"], plan.Details.ToArray());
    }

    [Fact]
    public void AnOwedOrderListedAgainIsAskedOnce()
    {
        var plan = ChangeClassifier.Classify(
            [Change("owed-1")], Known(), [new OwedOrder("owed-1", Now.AddMinutes(-30), 1)]);

        Assert.Equal(["owed-1"], plan.Details.ToArray());
    }

    [Fact]
    public void AnOwedOrderListedAgainWithAChangeThatNeedsNoDetailsIsStillAskedFor()
    {
        // Not asking would leave it owed with the same attempts forever, holding the checkpoint at its change.
        var plan = ChangeClassifier.Classify(
            [Change("owed-1", type: "CLAIM_REQUESTED", claimType: "CANCEL", claimStatus: "CANCEL_REQUEST")],
            Known(),
            [new OwedOrder("owed-1", Now.AddMinutes(-30), 1)]);

        Assert.Contains("owed-1", plan.Details);
    }

    [Fact]
    public void AProductOrderListedTwiceIsClassifiedOnce()
    {
        var plan = ChangeClassifier.Classify(
            [Change("new-1"), Change("new-1"), Change("known-1", status: ProductOrderStatuses.Delivered), Change("known-1", status: ProductOrderStatuses.Delivered)],
            Known("known-1"),
            NoneOwed);

        Assert.Equal(["new-1"], plan.Details.ToArray());
        Assert.Single(plan.Changes);
    }

    [Fact]
    public void TheLatestChangeOfAnOrderIsTheOneApplied()
    {
        var fromRecord = new SmartStoreChange(SmartStoreChangeKind.Delivered, null, null);
        var fromDetails = new SmartStoreChange(SmartStoreChangeKind.Canceled, "CANCEL_DONE", null);
        var other = new SmartStoreChange(SmartStoreChangeKind.Current, null, null);

        var byId = ChangeClassifier.LatestById([new("a", fromRecord), new("b", other), new("a", fromDetails)]);

        Assert.Equal(["a", "b"], byId.Keys.ToArray());
        Assert.Equal(fromDetails, byId["a"]);
        Assert.Equal(other, byId["b"]);
    }
}
