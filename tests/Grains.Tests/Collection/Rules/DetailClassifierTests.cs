using Grains.Collection;
using Grains.Interfaces.Orders;
using SmartStore.Models;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class DetailClassifierTests
{
    private static readonly DateTimeOffset Earliest = Now.AddDays(-6);

    private static DetailPlan Classify(ProductOrder order, params string[] known) =>
        ChangeClassifier.ClassifyDetails([order], Known(known), Seller, Earliest);

    [Fact]
    public void ANewCollectableOrderWithAnOnChannelCodeIsCollectedWithItsFacts()
    {
        var plan = Classify(Detail("new-1"));

        var order = Assert.Single(plan.Collect);
        Assert.Equal(
            new CollectedOrder(Seller, "new-1", "order-new-1", Now.AddHours(-2), Now.AddHours(-1), "CH0000123", "무선 이어폰", "색상: 빨강", 2,
                new Recipient("홍길동", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1 101호")),
            order);
        Assert.Empty(plan.Changes);
        Assert.Equal(0, plan.Skipped);
    }

    [Fact]
    public void AHandTypedCodeIsNormalizedBeforeCollecting()
    {
        var plan = Classify(Detail("new-1", code: "  ch0000123 "));

        Assert.Equal("CH0000123", Assert.Single(plan.Collect).ProductCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SKU-1234")]
    [InlineData("CH000012")]
    public void ANewOrderWithoutAnOnChannelCodeIsSkipped(string? code)
    {
        var plan = Classify(Detail("new-1", code: code));

        Assert.Empty(plan.Collect);
        Assert.Equal(1, plan.Skipped);
    }

    [Fact]
    public void ANewOrderPaidBeforeTheWindowIsIgnored()
    {
        var plan = Classify(Detail("new-1", paidAt: Earliest.AddSeconds(-1)));

        Assert.Empty(plan.Collect);
        Assert.Equal(0, plan.Skipped);
    }

    [Fact]
    public void ANewOrderPaidExactlyAtTheStartOfTheWindowIsCollected()
    {
        Assert.Single(Classify(Detail("new-1", paidAt: Earliest)).Collect);
    }

    [Theory]
    [InlineData(ProductOrderStatuses.Payed, PlaceOrderStatuses.Ok, null, null, null)]
    [InlineData(ProductOrderStatuses.Delivering, PlaceOrderStatuses.Ok, null, null, null)]
    [InlineData(ProductOrderStatuses.Payed, PlaceOrderStatuses.NotYet, "CANCEL", "CANCEL_REQUEST", null)]
    [InlineData(ProductOrderStatuses.Payed, PlaceOrderStatuses.NotYet, "CANCEL", "CANCEL_DONE", null)]
    [InlineData(ProductOrderStatuses.Payed, PlaceOrderStatuses.NotYet, null, null, "WAIT_FOR_RECEIVING")]
    public void ANewOrderThatIsNotCollectableIsNeitherCollectedNorSkipped(
        string status, string place, string? claimType, string? claimStatus, string? gift)
    {
        var plan = Classify(Detail("new-1", status, place, claimType, claimStatus, code: "nonsense", gift: gift));

        Assert.Empty(plan.Collect);
        Assert.Empty(plan.Changes);
        Assert.Equal(0, plan.Skipped);
    }

    [Fact]
    public void ANewOrderWhoseCancelRequestWasRejectedIsCollected()
    {
        Assert.Single(Classify(Detail("new-1", claimType: "CANCEL", claimStatus: "CANCEL_REJECT")).Collect);
    }

    [Fact]
    public void AKnownOrderGetsItsCurrentPictureWithTheRecipient()
    {
        var address = new ShippingAddress("김철수", null, "010-9999-8888", "04524", "서울특별시 중구 세종대로 110", null);

        var plan = Classify(Detail("known-1", address: address), "known-1");

        var (id, change) = Assert.Single(plan.Changes);
        Assert.Equal("known-1", id);
        Assert.Equal(
            new SmartStoreChange(SmartStoreChangeKind.Current, null, new Recipient("김철수", "010-9999-8888", "04524", "서울특별시 중구 세종대로 110")),
            change);
        Assert.Empty(plan.Collect);
    }

    [Theory]
    [InlineData(ProductOrderStatuses.Canceled, "CANCEL", "CANCEL_DONE", SmartStoreChangeKind.Canceled)]
    [InlineData(ProductOrderStatuses.Payed, "CANCEL", "CANCELING", SmartStoreChangeKind.CancelRequested)]
    [InlineData(ProductOrderStatuses.PurchaseDecided, null, null, SmartStoreChangeKind.Delivered)]
    [InlineData(ProductOrderStatuses.Payed, "CANCEL", "CANCEL_REJECT", SmartStoreChangeKind.Current)]
    public void AKnownOrdersDetailsSayWhatHappenedToIt(string status, string? claimType, string? claimStatus, SmartStoreChangeKind kind)
    {
        var plan = Classify(Detail("known-1", status, PlaceOrderStatuses.Ok, claimType, claimStatus), "known-1");

        var change = Assert.Single(plan.Changes).Value;
        Assert.Equal(kind, change.Kind);
        Assert.Equal(claimStatus, change.ClaimStatus);
    }

    [Fact]
    public void AKnownOrderWithoutAnAddressGetsNoRecipient()
    {
        var plan = Classify(Detail("known-1", gift: "WAIT_FOR_RECEIVING") with { ShippingAddress = null }, "known-1");

        Assert.Null(Assert.Single(plan.Changes).Value.Recipient);
    }

    [Fact]
    public void AProductOrderAnsweredTwiceIsCollectedOnce()
    {
        var plan = ChangeClassifier.ClassifyDetails([Detail("new-1"), Detail("new-1"), Detail("bad", code: "x"), Detail("bad", code: "x")], Known(), Seller, Earliest);

        Assert.Single(plan.Collect);
        Assert.Equal(1, plan.Skipped);
    }
}
