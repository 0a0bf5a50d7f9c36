using System.Net;
using System.Net.Http.Json;

namespace Gateway.Tests.Live;

/// <summary>Changes made over HTTP on gateway A (the seller's and the operator's own calls) reach gateway B's clients.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveHttpTests(LiveFixture fixture)
{
    [Fact]
    public async Task SettingsSavedAndPointsToppedUpOverHttpOnGatewayAArePushedToTheSellerOnGatewayB()
    {
        var seller = await LiveSeller.CreateAsync(fixture, smartStore: true);
        await using var client = await seller.ConnectAsync(fixture.B);
        using var sellerHttp = GatewayFixture.Authorized(fixture.A, seller.Token);
        var operatorToken = await fixture.LoginAsync(GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword, fixture.A);
        using var operatorHttp = GatewayFixture.Authorized(fixture.A, operatorToken.AccessToken);

        using var saved = await sellerHttp.PutAsJsonAsync("/api/seller/settings", new { autoCollect = true, autoOrder = false });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await client.WaitForAsync("settingsChanged", s => s.GetProperty("autoCollect").GetBoolean(), "after PUT /api/seller/settings on gateway A");

        using var topUp = await operatorHttp.PostAsJsonAsync($"/api/operator/sellers/{seller.SellerId}/points", new { amount = 7_000, memo = "live", requestId = "live-" + Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.OK, topUp.StatusCode);
        await client.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == 7_000, "after the operator's top-up on gateway A");

        using var off = await sellerHttp.PutAsJsonAsync("/api/seller/settings", new { autoCollect = false, autoOrder = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        await client.WaitForAsync("settingsChanged", s => !s.GetProperty("autoCollect").GetBoolean(), "after turning collection off on gateway A");
    }
}
