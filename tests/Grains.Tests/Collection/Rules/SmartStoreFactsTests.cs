using Grains.Collection;
using Grains.Interfaces.Orders;
using SmartStore.Models;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class SmartStoreFactsTests
{
    [Theory]
    [InlineData("CANCEL", "CANCEL_REQUEST", true)]
    [InlineData("ADMIN_CANCEL", "ADMIN_CANCELING", true)]
    [InlineData("CANCEL", "CANCEL_REJECT", false)]
    [InlineData("RETURN", "RETURN_REQUEST", false)]
    [InlineData(null, null, false)]
    public void OnlyAnOpenCancelClaimIsACancelRequest(string? claimType, string? claimStatus, bool requested)
    {
        Assert.Equal(requested, SmartStoreFacts.IsCancelRequested(claimType, claimStatus));
    }

    [Fact]
    public void TheRecipientFallsBackToTheSecondPhoneAndJoinsTheAddressParts()
    {
        var order = Detail("1", address: new ShippingAddress("홍길동", null, "02-123-4567", "06236", "  ", "101호"));

        Assert.Equal(new Recipient("홍길동", "02-123-4567", "06236", "101호"), SmartStoreFacts.RecipientOf(order));
    }

    [Fact]
    public void AnAddressChangeIsRecognisedByTheFlagOrByTheChangeType()
    {
        Assert.True(SmartStoreFacts.IsAddressChange(Change("1", type: "PAYED", addressChanged: true)));
        Assert.True(SmartStoreFacts.IsAddressChange(Change("1", type: "DELIVERY_ADDRESS_CHANGED")));
        Assert.False(SmartStoreFacts.IsAddressChange(Change("1", type: "HOPE_DELIVERY_INFO_CHANGED")));
    }
}
