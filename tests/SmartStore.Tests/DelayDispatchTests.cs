using SmartStore.Models;
using SmartStoreSimulator.Control;
using SmartStoreSimulator.Domain;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class DelayDispatchTests(SimulatorFixture simulator)
{
    [Fact]
    public async Task AConfirmedOrdersDueDateMovesAndTheQueryShowsTheNewDateAndReason()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var id = (await simulator.Control.AddOrdersAsync(scenario.AccountId, 1)).Single();
        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [id], CancellationToken.None);
        var due = DateTimeOffset.UtcNow.AddDays(7);

        // The first attempt is refused by the gateway's limit and retried.
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "delay", FaultKind.RateLimit));
        var delayed = await scenario.Client.DelayDispatchAsync(
            scenario.Credentials, scenario.AccountId, id, due, DelayedDispatchReasons.ProductPrepare, "도매처 입고 지연", CancellationToken.None);
        var order = (await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, [id], CancellationToken.None)).Value!.Orders.Single();

        Assert.True(delayed.IsSuccess, delayed.ToString());
        Assert.Equal(id, Assert.Single(delayed.Value.Succeeded));
        // Naver's format carries milliseconds.
        Assert.Equal(new DateTimeOffset(due.Ticks - (due.Ticks % TimeSpan.TicksPerMillisecond), due.Offset), order.ShippingDueDate);
        Assert.Equal(DelayedDispatchReasons.ProductPrepare, order.DelayedDispatchReason);
        Assert.Equal(1, (await simulator.Control.GetOrderAsync(id)).DelayCount);
        Assert.Equal(2, await simulator.Control.RequestsAsync(scenario.ClientId, "delay"));
    }

    [Fact]
    public async Task AnOrderNotConfirmedAlreadyDispatchedOrUnknownIsRefusedPerItem()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [ids[1]], CancellationToken.None);
        await scenario.Client.DispatchAsync(scenario.Credentials, scenario.AccountId, [new DispatchItem(ids[1], "CJGLS", "600000000001", DateTimeOffset.UtcNow)], CancellationToken.None);
        var due = DateTimeOffset.UtcNow.AddDays(7);

        async Task<string> RefusalAsync(string id)
        {
            var result = await scenario.Client.DelayDispatchAsync(scenario.Credentials, scenario.AccountId, id, due, DelayedDispatchReasons.Etc, "사유", CancellationToken.None);
            Assert.True(result.IsSuccess, result.ToString());
            Assert.Empty(result.Value.Succeeded);
            return Assert.Single(result.Value.Failed).Code;
        }

        Assert.Equal("104443", await RefusalAsync(ids[0]));
        Assert.Equal("104442", await RefusalAsync(ids[1]));
        Assert.Equal("100001", await RefusalAsync("2099010100000000"));
        Assert.Equal(0, (await simulator.Control.GetOrderAsync(ids[0])).DelayCount);
    }

    [Fact]
    public async Task ADelayWhoseAnswerIsLostIsReadBackAndAppliedOnce()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var id = (await simulator.Control.AddOrdersAsync(scenario.AccountId, 1)).Single();
        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [id], CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "delay", FaultKind.DropConnection, AfterProcessing: true));

        var delayed = await scenario.Client.DelayDispatchAsync(
            scenario.Credentials, scenario.AccountId, id, DateTimeOffset.UtcNow.AddDays(5), DelayedDispatchReasons.CustomerRequest, "고객 요청", CancellationToken.None);

        Assert.True(delayed.IsSuccess, delayed.ToString());
        Assert.Equal(id, Assert.Single(delayed.Value.Succeeded));
        Assert.Equal(1, (await simulator.Control.GetOrderAsync(id)).DelayCount);
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "delay"));
    }
}
