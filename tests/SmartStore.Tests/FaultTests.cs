using SmartStoreSimulator.Control;
using SmartStoreSimulator.Domain;
using SmartStore.Models;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class FaultTests(SimulatorFixture simulator)
{
    [Theory]
    [InlineData(FaultKind.RateLimit, 0, null)]
    [InlineData(FaultKind.ServerError, 500, "GW.INTERNAL_SERVER_ERROR")]
    [InlineData(FaultKind.ServerError, 500, "GW.PROXY.02")]
    [InlineData(FaultKind.ServerError, 503, "GW.BLOCK.01")]
    [InlineData(FaultKind.ServerError, 504, "GW.TIMEOUT.01")]
    [InlineData(FaultKind.DropConnection, 0, null)]
    public async Task ReadsRecoverFromRetryableFaults(FaultKind kind, int status, string? code)
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 5);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "query", kind, Count: 2, Status: status == 0 ? null : status, Code: code));

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids, result.Value.Orders.Select(o => o.ProductOrderId));
        var counters = (await simulator.Control.CountersAsync(scenario.ClientId))["query"];
        Assert.Equal((3L, 2L), (counters.Requests, counters.Faults));
    }

    [Theory]
    [InlineData(403, "GW.IP_NOT_ALLOWED")]
    [InlineData(404, "GW.NOT_FOUND")]
    [InlineData(400, "104133")]
    [InlineData(429, "GW.QUOTA_LIMIT")]
    public async Task NonRetryableErrorsAreReportedAfterOneAttempt(int status, string code)
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 1);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "query", FaultKind.ServerError, Count: 3, Status: status, Code: code));

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal((status, code), (result.Error.HttpStatus, result.Error.Code));
        Assert.NotNull(result.Error.TraceId);
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "query"));
    }

    [Fact]
    public async Task ASlowAnswerTimesOutAndIsRetried()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "query", FaultKind.Latency, LatencyMs: 3000));

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids, result.Value.Orders.Select(o => o.ProductOrderId));
        Assert.Equal(2, await simulator.Control.RequestsAsync(scenario.ClientId, "query"));
    }

    [Theory]
    [InlineData("query")]
    [InlineData("product-orders")]
    [InlineData("last-changed-statuses")]
    public async Task AMalformedBodyIsATypedErrorNeverZeroOrders(string api)
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var now = DateTimeOffset.UtcNow;
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 3, now.AddMinutes(-5), now.AddMinutes(-4));
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, api, FaultKind.MalformedJson));

        SmartStoreError? error = api switch
        {
            "query" => (await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None)).Error,
            "product-orders" => (await scenario.Client.ListNewProductOrdersAsync(scenario.Credentials, scenario.AccountId, now.AddHours(-1), now, CancellationToken.None)).Error,
            _ => (await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, now.AddHours(-1), now, CancellationToken.None)).Error,
        };

        Assert.NotNull(error);
        Assert.Equal(SmartStoreErrorCodes.MalformedResponse, error.Code);
    }

    [Fact]
    public async Task AnUnreachableServerIsReportedAsATransportError()
    {
        await using var client = TestClient.Create(new Uri("http://127.0.0.1:1/"));

        var result = await client.Client.VerifyAsync(SmartStoreCredentials.ForOwnApplication("app", "$2a$04$abcdefghijklmnopqrstuv"), "seller", CancellationToken.None);

        Assert.Equal(SmartStoreErrorCodes.Transport, result.Error?.Code);
        Assert.Equal(0, result.Error!.HttpStatus);
    }

    [Fact]
    public async Task ATokenEndpointFailureIsRetriedThenReported()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "token", FaultKind.ServerError, Count: 10, Status: 500, Code: "GW.INTERNAL_SERVER_ERROR"));

        var result = await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);

        Assert.Equal("GW.INTERNAL_SERVER_ERROR", result.Error?.Code);
        Assert.True(result.Error!.IsTransient);
        Assert.Equal(5, await simulator.Control.RequestsAsync(scenario.ClientId, "token"));
    }

    [Theory]
    [InlineData(FaultKind.ServerError, true)]
    [InlineData(FaultKind.DropConnection, true)]
    [InlineData(FaultKind.MalformedJson, true)]
    [InlineData(FaultKind.Latency, true)]
    [InlineData(FaultKind.ServerError, false)]
    [InlineData(FaultKind.DropConnection, false)]
    [InlineData(FaultKind.MalformedJson, false)]
    [InlineData(FaultKind.Latency, false)]
    public async Task AConfirmWithAnUnknownOutcomeIsReadBackAndAppliedExactlyOnce(FaultKind kind, bool afterProcessing)
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 3);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(
            scenario.ClientId, "confirm", kind, Status: kind == FaultKind.ServerError ? 500 : null, Code: "GW.PROXY.01", LatencyMs: kind == FaultKind.Latency ? 3000 : null, AfterProcessing: afterProcessing));

        var result = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids.Order(StringComparer.Ordinal), result.Value.Succeeded.Order(StringComparer.Ordinal));
        Assert.Empty(result.Value.Failed);
        foreach (var id in ids)
        {
            Assert.Equal(1, (await simulator.Control.GetOrderAsync(id)).ConfirmCount);
        }

        // Applied before the response was lost: read back, never resent. Lost before applying: read back, resent once.
        Assert.Equal(afterProcessing ? 1 : 2, await simulator.Control.RequestsAsync(scenario.ClientId, "confirm"));
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "query"));
    }

    [Fact]
    public async Task AWriteWhoseOutcomeCannotBeReadBackIsReportedAsUnknownNotAsDone()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "confirm", FaultKind.DropConnection, AfterProcessing: true));
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "query", FaultKind.MalformedJson));

        var result = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.True(result.Error.IsOutcomeUnknown, result.Error.ToString());
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "confirm"));
    }

    [Fact]
    public async Task ADispatchWhoseResponseIsLostIsReadBackNotResent()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "dispatch", FaultKind.DropConnection, AfterProcessing: true));
        var items = ids.Select((id, i) => new DispatchItem(id, "EPOST", $"66000000000{i}", DateTimeOffset.UtcNow)).ToList();

        var result = await scenario.Client.DispatchAsync(scenario.Credentials, scenario.AccountId, items, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, result.Value.Succeeded.Length);
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "dispatch"));
        foreach (var id in ids)
        {
            Assert.Equal(1, (await simulator.Control.GetOrderAsync(id)).DispatchCount);
        }
    }

    [Fact]
    public async Task AWriteRateLimitedUntilRetriesRunOutFailsAsAWholeAndAppliesNothing()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.Control.InjectFaultAsync(new FaultRequest(scenario.ClientId, "confirm", FaultKind.RateLimit, Count: 10));

        var result = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.Equal((429, "GW.RATE_LIMIT"), (result.Error?.HttpStatus, result.Error?.Code));
        Assert.Equal(5, await simulator.Control.RequestsAsync(scenario.ClientId, "confirm"));
        Assert.Equal("NOT_YET", (await simulator.Control.GetOrderAsync(ids[0])).PlaceOrderStatus);
    }
}
