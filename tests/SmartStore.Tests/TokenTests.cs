namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class TokenTests(SimulatorFixture simulator)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task SolutionSellerGetsASellerTokenSignedWithThePlatformSecret()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);

        var result = await scenario.Client.VerifyAsync(scenario.Credentials, scenario.AccountId, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("Bearer", result.Value.TokenType);
        Assert.True(result.Value.ExpiresAt > DateTimeOffset.UtcNow.AddHours(2.9));
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "token"));
    }

    [Fact]
    public async Task OwnApplicationSellerGetsASelfTokenAndReadsOwnOrders()
    {
        var accountId = await simulator.Control.CreateSellerAsync();
        var (clientId, clientSecret) = await simulator.Control.CreateApplicationAsync(ownerAccountId: accountId);
        var ids = await simulator.Control.AddOrdersAsync(accountId, 3);
        await using var client = TestClient.Create(simulator.BaseUrl);
        var credentials = SmartStoreCredentials.ForOwnApplication(clientId, clientSecret);

        var verified = await client.Client.VerifyAsync(credentials, accountId, CancellationToken.None);
        var orders = await client.Client.QueryProductOrdersAsync(credentials, accountId, ids, CancellationToken.None);

        Assert.True(verified.IsSuccess, verified.ToString());
        Assert.True(orders.IsSuccess, orders.ToString());
        Assert.Equal(ids, orders.Value.Orders.Select(o => o.ProductOrderId));
        Assert.DoesNotContain(clientSecret, credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongSecretIsReportedAsAnAccessError()
    {
        var (clientId, _) = await simulator.Control.CreateApplicationAsync();
        var (_, otherSecret) = await simulator.Control.CreateApplicationAsync();
        await using var client = TestClient.Create(simulator.BaseUrl);

        var result = await client.Client.VerifyAsync(SmartStoreCredentials.ForOwnApplication(clientId, otherSecret), "seller", CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(403, result.Error.HttpStatus);
        Assert.Equal("FORBIDDEN", result.Error.Code);
        Assert.NotNull(result.Error.TraceId);
    }

    [Fact]
    public async Task ASecretThatIsNotABcryptSaltIsReportedWithoutCallingNaver()
    {
        var (clientId, _) = await simulator.Control.CreateApplicationAsync();
        await using var client = TestClient.Create(simulator.BaseUrl);

        var result = await client.Client.VerifyAsync(SmartStoreCredentials.ForOwnApplication(clientId, "not-a-salt"), "seller", CancellationToken.None);

        Assert.Equal(SmartStoreErrorCodes.InvalidSecret, result.Error?.Code);
        Assert.Equal(0, await simulator.Control.RequestsAsync(clientId, "token"));
    }

    [Fact]
    public async Task AnUnknownSellerAccountIsABadRequest()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);

        var result = await scenario.Client.VerifyAsync(SmartStoreCredentials.ForSolutionSeller("ncp_nobody"), "nobody", CancellationToken.None);

        Assert.Equal(400, result.Error?.HttpStatus);
        Assert.Equal("BAD_REQUEST", result.Error?.Code);
    }

    [Fact]
    public async Task TheTokenIsCachedAndRenewedOnceAfterGatewayAuthenticationFailure()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        await simulator.Control.AddOrdersAsync(scenario.AccountId, 2, Now.AddMinutes(-10), Now.AddMinutes(-5));

        var first = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, Now.AddHours(-1), Now, CancellationToken.None);
        var second = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, Now.AddHours(-1), Now, CancellationToken.None);
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "token"));

        await simulator.Control.RevokeTokensAsync(scenario.ClientId);
        var third = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, Now.AddHours(-1), Now, CancellationToken.None);

        Assert.True(first.IsSuccess && second.IsSuccess && third.IsSuccess, third.ToString());
        Assert.Equal(2, third.Value!.Changes.Length);
        Assert.Equal(2, await simulator.Control.RequestsAsync(scenario.ClientId, "token"));

        // The rejected call carried an unknown token, so the gateway cannot attribute it to the application.
        Assert.Equal(3, await simulator.Control.RequestsAsync(scenario.ClientId, "last-changed-statuses"));
    }

    [Fact]
    public async Task TheTokenIsRenewedBeforeItExpires()
    {
        var clock = new ShiftableTimeProvider();

        // 11 minutes of lifetime against the default 10-minute renewal margin: fresh now, due for renewal a minute later.
        await using var scenario = await Scenario.CreateAsync(simulator, time: clock, tokenLifetimeSeconds: 660);
        var from = DateTimeOffset.UtcNow.AddHours(-1);

        var first = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, from, from.AddMinutes(30), CancellationToken.None);
        var cached = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, from, from.AddMinutes(30), CancellationToken.None);
        Assert.Equal(1, await simulator.Control.RequestsAsync(scenario.ClientId, "token"));

        clock.Advance(TimeSpan.FromSeconds(70));
        var renewed = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, from, from.AddMinutes(30), CancellationToken.None);

        Assert.True(first.IsSuccess && cached.IsSuccess && renewed.IsSuccess, renewed.ToString());
        Assert.Equal(2, await simulator.Control.RequestsAsync(scenario.ClientId, "token"));
    }
}
