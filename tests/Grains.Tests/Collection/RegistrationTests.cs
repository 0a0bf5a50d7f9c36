using System.Text;
using Grains.Interfaces.Sellers;
using Tests.Shared;

namespace Grains.Tests.Collection;

[Collection(CollectionCluster.Name)]
public sealed class RegistrationTests
{
    private readonly CollectionFixture _fixture;

    public RegistrationTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task AnOwnApplicationIsVerifiedAndItsSecretIsNeverStoredInPlaintext()
    {
        var accountId = await _fixture.Simulator.CreateSellerAsync();
        var (clientId, clientSecret) = await _fixture.Simulator.CreateApplicationAsync(ownerAccountId: accountId);
        var seller = _fixture.Grains.GetSeller("own-" + Guid.NewGuid().ToString("N")[..12]);

        var accepted = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Own, null, clientId, clientSecret));
        var wrongSecret = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Own, null, clientId, "$2a$04$abcdefghijklmnopqrstuv"));
        var missing = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Own, null, clientId, null));

        Assert.True(accepted.Accepted, accepted.ErrorMessage);
        Assert.Equal(new SmartStoreAccount(SmartStoreMode.Own, null, clientId, accepted.Account!.VerifiedAt), accepted.Account);
        Assert.False(wrongSecret.Accepted);
        Assert.NotNull(wrongSecret.ErrorCode);
        Assert.Equal(accepted.Account, wrongSecret.Account);
        Assert.Equal("InvalidInput", missing.ErrorCode);
        Assert.DoesNotContain(clientSecret, accepted.ToString(), StringComparison.Ordinal);

        var code = TestSeller.NewProductCode();
        await _fixture.Simulator.AddOrdersAsync(accountId, 1, code, paidAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var run = await seller.CollectAsync();
        Assert.True(run.Succeeded, run.ErrorMessage);
        Assert.Equal(1, run.Summary.Collected);

        var secret = Encoding.UTF8.GetBytes(clientSecret);
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(_fixture.ConnectionString,
            "SELECT count(*) FROM orleansstorage WHERE position(@secret in payload) > 0", ("secret", secret)));
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(_fixture.ConnectionString,
            "SELECT count(*) FROM order_read WHERE position(@secret in view::text) > 0", ("secret", clientSecret)));
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(_fixture.ConnectionString,
            "SELECT count(*) FROM orleansreminderstable WHERE position(@secret in grain_id) > 0", ("secret", clientSecret)));
        Assert.True(await TestPostgres.ScalarAsync<long>(_fixture.ConnectionString,
            "SELECT count(*) FROM orleansstorage WHERE position(@client in payload) > 0", ("client", Encoding.UTF8.GetBytes(clientId))) > 0,
            "the seller's state is stored (with its client id), so the secret check above looked at the right rows");
    }

    [Fact]
    public async Task ASolutionAccountThatSmartStoreDoesNotKnowIsRefusedWithItsError()
    {
        var seller = _fixture.Grains.GetSeller("bad-" + Guid.NewGuid().ToString("N")[..12]);

        var result = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, "no-such-account", null, null));

        Assert.False(result.Accepted);
        Assert.NotNull(result.ErrorCode);
        Assert.Null(await seller.GetSmartStoreAccountAsync());
    }
}
