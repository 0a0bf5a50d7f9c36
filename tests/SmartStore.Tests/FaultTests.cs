using SmartStore.Models;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class FaultTests(SimulatorFixture simulator)
{
    [Theory]
    [InlineData("RateLimit", 0, null)]
    [InlineData("ServerError", 500, "GW.INTERNAL_SERVER_ERROR")]
    [InlineData("ServerError", 500, "GW.PROXY.02")]
    [InlineData("ServerError", 503, "GW.BLOCK.01")]
    [InlineData("ServerError", 504, "GW.TIMEOUT.01")]
    [InlineData("DropConnection", 0, null)]
    public async Task ReadsRecoverFromRetryableFaults(string kind, int status, string? code)
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 5);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.InjectFaultAsync(scenario.ClientId, "query", kind, count: 2, status: status == 0 ? null : status, code: code);

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids, result.Value.Orders.Select(o => o.ProductOrderId));
        var counters = (await simulator.CountersAsync(scenario.ClientId))["query"];
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
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 1);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.InjectFaultAsync(scenario.ClientId, "query", "ServerError", count: 3, status: status, code: code);

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal((status, code), (result.Error.HttpStatus, result.Error.Code));
        Assert.NotNull(result.Error.TraceId);
        Assert.Equal(1, await simulator.RequestsAsync(scenario.ClientId, "query"));
    }

    [Fact]
    public async Task ASlowAnswerTimesOutAndIsRetried()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.InjectFaultAsync(scenario.ClientId, "query", "Latency", latencyMs: 3000);

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids, result.Value.Orders.Select(o => o.ProductOrderId));
        Assert.Equal(2, await simulator.RequestsAsync(scenario.ClientId, "query"));
    }

    [Theory]
    [InlineData("query")]
    [InlineData("product-orders")]
    [InlineData("last-changed-statuses")]
    public async Task AMalformedBodyIsATypedErrorNeverZeroOrders(string api)
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var now = DateTimeOffset.UtcNow;
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 3, now.AddMinutes(-5), now.AddMinutes(-4));
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.InjectFaultAsync(scenario.ClientId, api, "MalformedJson");

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
        await simulator.InjectFaultAsync(scenario.ClientId, "token", "ServerError", count: 10, status: 500, code: "GW.INTERNAL_SERVER_ERROR");

        var result = await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);

        Assert.Equal("GW.INTERNAL_SERVER_ERROR", result.Error?.Code);
        Assert.True(result.Error!.IsTransient);
        Assert.Equal(5, await simulator.RequestsAsync(scenario.ClientId, "token"));
    }

    [Theory]
    [InlineData("ServerError", true)]
    [InlineData("DropConnection", true)]
    [InlineData("MalformedJson", true)]
    [InlineData("Latency", true)]
    [InlineData("ServerError", false)]
    [InlineData("DropConnection", false)]
    [InlineData("MalformedJson", false)]
    [InlineData("Latency", false)]
    public async Task AConfirmWithAnUnknownOutcomeIsReadBackAndAppliedExactlyOnce(string kind, bool afterProcessing)
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 3);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.InjectFaultAsync(
            scenario.ClientId, "confirm", kind, status: kind == "ServerError" ? 500 : null, code: "GW.PROXY.01", latencyMs: kind == "Latency" ? 3000 : null, afterProcessing: afterProcessing);

        var result = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids.Order(StringComparer.Ordinal), result.Value.Succeeded.Order(StringComparer.Ordinal));
        Assert.Empty(result.Value.Failed);
        foreach (var id in ids)
        {
            Assert.Equal(1, (await simulator.GetOrderAsync(id))["confirmCount"]!.GetValue<int>());
        }

        // Applied before the response was lost: read back, never resent. Lost before applying: read back, resent once.
        Assert.Equal(afterProcessing ? 1 : 2, await simulator.RequestsAsync(scenario.ClientId, "confirm"));
        Assert.Equal(1, await simulator.RequestsAsync(scenario.ClientId, "query"));
    }

    [Fact]
    public async Task AWriteWhoseOutcomeCannotBeReadBackIsReportedAsUnknownNotAsDone()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.InjectFaultAsync(scenario.ClientId, "confirm", "DropConnection", afterProcessing: true);
        await simulator.InjectFaultAsync(scenario.ClientId, "query", "MalformedJson");

        var result = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.True(result.Error.IsOutcomeUnknown, result.Error.ToString());
        Assert.Equal(1, await simulator.RequestsAsync(scenario.ClientId, "confirm"));
    }

    [Fact]
    public async Task ADispatchWhoseResponseIsLostIsReadBackNotResent()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);
        await simulator.InjectFaultAsync(scenario.ClientId, "dispatch", "DropConnection", afterProcessing: true);
        var items = ids.Select((id, i) => new DispatchItem(id, "EPOST", $"66000000000{i}", DateTimeOffset.UtcNow)).ToList();

        var result = await scenario.Client.DispatchAsync(scenario.Credentials, scenario.AccountId, items, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, result.Value.Succeeded.Length);
        Assert.Equal(1, await simulator.RequestsAsync(scenario.ClientId, "dispatch"));
        foreach (var id in ids)
        {
            Assert.Equal(1, (await simulator.GetOrderAsync(id))["dispatchCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task AWriteRateLimitedUntilRetriesRunOutFailsAsAWholeAndAppliesNothing()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.AddOrdersAsync(scenario.AccountId, 2);
        await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);
        await simulator.InjectFaultAsync(scenario.ClientId, "confirm", "RateLimit", count: 10);

        var result = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        Assert.Equal((429, "GW.RATE_LIMIT"), (result.Error?.HttpStatus, result.Error?.Code));
        Assert.Equal(5, await simulator.RequestsAsync(scenario.ClientId, "confirm"));
        Assert.Equal("NOT_YET", (await simulator.GetOrderAsync(ids[0]))["placeOrderStatus"]!.GetValue<string>());
    }
}
