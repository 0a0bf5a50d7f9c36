using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Live;

/// <summary>
/// A fresh seller account, logged in, whose changes the test makes with grain calls through gateway A's own cluster
/// client; optionally registered in solution mode for a fresh simulator account.
/// </summary>
public sealed class LiveSeller
{
    private LiveSeller(LiveFixture fixture, string sellerId, string token, string? accountId)
    {
        Fixture = fixture;
        SellerId = sellerId;
        Token = token;
        AccountId = accountId;
    }

    public LiveFixture Fixture { get; }

    public string SellerId { get; }

    public string Token { get; }

    /// <summary>The simulator account, when registered.</summary>
    public string? AccountId { get; }

    /// <summary>Gateway A's cluster client: the changes start on the other gateway than the one listening.</summary>
    public IClusterClient ViaA => Fixture.A.Services.GetRequiredService<IClusterClient>();

    public ISellerGrain Grain => ViaA.GetSeller(SellerId);

    public IWalletGrain Wallet => ViaA.GetGrain<IWalletGrain>(SellerKey.For(SellerId));

    public static async Task<LiveSeller> CreateAsync(LiveFixture fixture, bool smartStore = false)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var (loginId, password) = await fixture.CreateAccountAsync(AccountRole.Seller);
        var token = await fixture.LoginAsync(loginId, password);
        var accountId = smartStore ? await fixture.Simulator.CreateSellerAsync() : null;
        var seller = new LiveSeller(fixture, loginId, token.AccessToken, accountId);
        if (accountId is not null)
        {
            var registered = await seller.Grain.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null));
            Assert.True(registered.Accepted, $"registration refused: {registered.ErrorCode} {registered.ErrorMessage}");
        }

        return seller;
    }

    /// <summary>Tops up <paramref name="amount"/> points; returns the new balance.</summary>
    public async Task<long> TopUpAsync(long amount) =>
        (await Wallet.TopUpAsync("live-" + Guid.NewGuid().ToString("N"), amount, "테스트 충전")).Balance;

    /// <summary>Adds one paid order of <paramref name="productCode"/> to the seller's simulator account.</summary>
    public async Task<string> AddOrderAsync(string productCode) =>
        (await Fixture.Simulator.AddOrdersAsync(AccountId!, 1, productCode, "", 1, DateTimeOffset.UtcNow.AddMinutes(-5)))[0];

    public Task<LiveClient> ConnectAsync(GatewayHost gateway, bool reconnect = false) => LiveClient.ConnectAsync(gateway, Token, reconnect);
}
