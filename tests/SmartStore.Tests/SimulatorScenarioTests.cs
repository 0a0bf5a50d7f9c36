using SmartStore.Models;
using SmartStoreSimulator.Control;

namespace SmartStore.Tests;

/// <summary>The buyer and Naver behaviours the simulator plays through <c>/_sim</c>, observed through the client.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class SimulatorScenarioTests(SimulatorFixture simulator)
{
    [Fact]
    public async Task ARejectedOrWithdrawnCancelRequestLeavesTheOrderToShipAndACompletedOneCancelsIt()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 3);
        foreach (var id in ids)
        {
            await simulator.Control.CancelAsync(id, requestOnly: true);
        }

        var whileRequested = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        await simulator.Control.RejectCancelAsync(ids[0]);
        await simulator.Control.WithdrawCancelAsync(ids[1]);
        await simulator.Control.CancelAsync(ids[2]);

        var changes = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, start, DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        var listed = await scenario.Client.ListNewProductOrdersAsync(scenario.Credentials, scenario.AccountId, start.AddMinutes(-5), DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        var confirmed = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.All(whileRequested.Value!.Failed, f => Assert.Equal("104442", f.Code));
        Assert.Equal(3, whileRequested.Value.Failed.Length);
        var byId = changes.Value!.Changes.ToDictionary(c => c.ProductOrderId);
        Assert.Equal(("CLAIM_REJECTED", "PAYED", "CANCEL", "CANCEL_REJECT"), (byId[ids[0]].LastChangedType, byId[ids[0]].ProductOrderStatus, byId[ids[0]].ClaimType, byId[ids[0]].ClaimStatus));
        Assert.Equal(("CLAIM_REJECTED", "PAYED", null, null), (byId[ids[1]].LastChangedType, byId[ids[1]].ProductOrderStatus, byId[ids[1]].ClaimType, byId[ids[1]].ClaimStatus));
        Assert.Equal(("CLAIM_COMPLETED", "CANCELED", "CANCEL_DONE"), (byId[ids[2]].LastChangedType, byId[ids[2]].ProductOrderStatus, byId[ids[2]].ClaimStatus));

        // The conditions listing still shows the rejected claim's fields, and both orders count as new orders again.
        var rejected = listed.Value!.Single(o => o.ProductOrderId == ids[0]);
        Assert.Equal(("CANCEL", "CANCEL_REJECT"), (rejected.ClaimType, rejected.ClaimStatus));
        Assert.True(rejected.IsNewOrder);
        Assert.True(listed.Value.Single(o => o.ProductOrderId == ids[1]).IsNewOrder);
        Assert.DoesNotContain(listed.Value, o => o.ProductOrderId == ids[2]);
        Assert.Equal(new[] { ids[0], ids[1] }.Order(StringComparer.Ordinal), confirmed.Value!.Succeeded.Order(StringComparer.Ordinal));
        Assert.Equal("104442", Assert.Single(confirmed.Value.Failed).Code);
    }

    [Fact]
    public async Task AnAddressChangeIsReportedByTheFeedTheQueryAndTheConfirm()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 2);
        await simulator.Control.ChangeAddressAsync(ids[0], new AddressChangeRequest("김새주소", "010-1111-2222", "06236", "서울특별시 강남구 테헤란로 152", "12층"));

        var changes = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, start, DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        var orders = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        var confirmed = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        var changed = changes.Value!.Changes.Single(c => c.ProductOrderId == ids[0]);
        Assert.Equal(("DELIVERY_ADDRESS_CHANGED", true), (changed.LastChangedType, changed.ReceiverAddressChanged));
        Assert.False(changes.Value.Changes.Single(c => c.ProductOrderId == ids[1]).ReceiverAddressChanged);
        Assert.Equal(
            new ShippingAddress("김새주소", "010-1111-2222", string.Empty, "06236", "서울특별시 강남구 테헤란로 152", "12층"),
            orders.Value!.Orders.Single(o => o.ProductOrderId == ids[0]).ShippingAddress);
        Assert.Equal(ids[0], Assert.Single(confirmed.Value!.ReceiverAddressChanged));
    }

    [Fact]
    public async Task AnIdTheQueryLeavesOutIsReportedMissingUntilTheFaultIsCleared()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 3);
        await simulator.Control.OmitFromQueryAsync([ids[1]], clientId: scenario.ClientId);

        var first = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        var second = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        await simulator.Control.ClearFaultsAsync();
        var cleared = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.Equal(ids[1], Assert.Single(first.Value!.MissingIds));
        Assert.Equal([ids[0], ids[2]], first.Value.Orders.Select(o => o.ProductOrderId));
        Assert.Equal(ids[1], Assert.Single(second.Value!.MissingIds));
        Assert.Empty(cleared.Value!.MissingIds);
        Assert.Equal(ids, cleared.Value.Orders.Select(o => o.ProductOrderId));
    }
}
