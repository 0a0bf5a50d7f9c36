using SmartStore.Models;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class WriteTests(SimulatorFixture simulator)
{
    [Fact]
    public async Task ConfirmSendsBatchesOfThirty()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 65);

        var result = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids.Order(StringComparer.Ordinal), result.Value.Succeeded.Order(StringComparer.Ordinal));
        Assert.Empty(result.Value.Failed);
        Assert.Equal(3, await simulator.Control.RequestsAsync(scenario.ClientId, "confirm"));
        Assert.Equal("OK", (await simulator.Control.GetOrderAsync(ids[64])).PlaceOrderStatus);
    }

    [Fact]
    public async Task DispatchSendsBatchesOfThirtyWithCarrierAndTracking()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 31);
        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        var items = ids.Select((id, i) => new DispatchItem(id, "KGB", $"5000{i:D8}", DateTimeOffset.UtcNow)).ToList();

        var result = await scenario.Client.DispatchAsync(scenario.Credentials, scenario.AccountId, items, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(31, result.Value.Succeeded.Length);
        Assert.Equal(2, await simulator.Control.RequestsAsync(scenario.ClientId, "dispatch"));
        var order = await simulator.Control.GetOrderAsync(ids[30]);
        Assert.Equal(("DELIVERING", "KGB", "500000000030"), (order.ProductOrderStatus, order.DeliveryCompany, order.TrackingNumber));
    }

    [Fact]
    public async Task PerItemFailuresComeBackAsDataNextToSuccesses()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 5);
        await simulator.Control.CancelAsync(ids[4]);
        var confirm = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [ids[0], ids[1], ids[2], ids[4], "2099010100000000"], CancellationToken.None);

        var now = DateTimeOffset.UtcNow;
        var dispatch = await scenario.Client.DispatchAsync(
            scenario.Credentials,
            scenario.AccountId,
            [
                new DispatchItem(ids[0], "CJGLS", "111122223333", now),
                new DispatchItem(ids[1], null, "111122223334", now),
                new DispatchItem(ids[2], "CJGLS", null, now),
                new DispatchItem(ids[3], "CJGLS", "111122223335", now),
            ],
            CancellationToken.None);

        Assert.True(confirm.IsSuccess, confirm.ToString());
        Assert.Equal([ids[0], ids[1], ids[2]], confirm.Value.Succeeded.ToArray());
        Assert.Equal(
            [(ids[4], "104442"), ("2099010100000000", "100001")],
            confirm.Value.Failed.Select(f => (f.ProductOrderId, f.Code)));
        Assert.True(dispatch.IsSuccess, dispatch.ToString());
        Assert.Equal([ids[0]], dispatch.Value.Succeeded.ToArray());
        Assert.Equal(
            [(ids[1], "104118"), (ids[2], "104120"), (ids[3], "104443")],
            dispatch.Value.Failed.Select(f => (f.ProductOrderId, f.Code)).OrderBy(f => f.Code, StringComparer.Ordinal));
        Assert.All(dispatch.Value.Failed, f => Assert.False(string.IsNullOrEmpty(f.Message)));
    }

    [Fact]
    public async Task ConfirmingTwiceIsReportedPerItemAndAppliedOnce()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var id = (await simulator.Control.AddOrdersAsync(scenario.AccountId, 1)).Single();

        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [id], CancellationToken.None);
        var again = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [id, id], CancellationToken.None);

        Assert.Equal("105306", Assert.Single(again.Value!.Failed).Code);
        Assert.Equal(1, (await simulator.Control.GetOrderAsync(id)).ConfirmCount);
    }
}
