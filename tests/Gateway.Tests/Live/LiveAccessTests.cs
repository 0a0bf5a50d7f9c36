using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Grains.Interfaces.Sellers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gateway.Tests.Live;

/// <summary>Who may connect to <c>/hubs/orders</c>, and that a connection hears its own seller only.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveAccessTests(LiveFixture fixture)
{
    [Fact]
    public async Task ASellersConnectionsNeverReceiveAnotherSellersEvents()
    {
        var x = await LiveSeller.CreateAsync(fixture);
        var y = await LiveSeller.CreateAsync(fixture);
        await using var xOnB = await x.ConnectAsync(fixture.B);
        await using var xOnA = await x.ConnectAsync(fixture.A);
        await using var yOnB = await y.ConnectAsync(fixture.B);

        var yBalance = await y.TopUpAsync(111);
        Assert.True((await y.Grain.UpdateSettingsAsync(new SellerSettings(true, false))).Accepted);
        await yOnB.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == yBalance, "of seller Y");
        await yOnB.WaitForAsync("settingsChanged", s => s.GetProperty("autoCollect").GetBoolean(), "of seller Y");
        await y.Grain.UpdateSettingsAsync(SellerSettings.Off);

        // The barrier: X's own event, sent after Y's events were delivered by the same gateways.
        var xBalance = await x.TopUpAsync(222);
        await xOnB.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == xBalance, "of seller X on gateway B");
        await xOnA.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == xBalance, "of seller X on gateway A");
        foreach (var client in new[] { xOnB, xOnA })
        {
            var only = Assert.Single(client.All);
            Assert.Equal("pointsChanged", only.Method);
        }
    }

    [Fact]
    public async Task AConnectionWithoutATokenIsRefusedWith401()
    {
        await using var client = LiveClient.Create(fixture.B.BaseAddress, token: null);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.Connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task AForgedTokenClaimingAnotherSellerIsRefusedWith401()
    {
        var me = await LiveSeller.CreateAsync(fixture);
        var victim = await LiveSeller.CreateAsync(fixture);
        await using var client = LiveClient.Create(fixture.B.BaseAddress, ClaimAsOtherSubject(me.Token, victim.SellerId));

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.Connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task AnOperatorHasNoLiveFeedAndGets403()
    {
        var token = await fixture.LoginAsync(GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword);
        await using var client = LiveClient.Create(fixture.B.BaseAddress, token.AccessToken);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.Connection.StartAsync());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AClientCannotCallTheHubToJoinAnotherGroup()
    {
        var me = await LiveSeller.CreateAsync(fixture);
        var other = await LiveSeller.CreateAsync(fixture);
        await using var client = await me.ConnectAsync(fixture.B);

        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync("AddToGroupAsync", "seller:" + other.SellerId));
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync("OnConnectedAsync"));
        var balance = await other.TopUpAsync(5);
        var barrier = await me.TopUpAsync(7);

        await client.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == barrier, "of the connection's own seller");
        Assert.NotEqual(balance, barrier);
        Assert.Single(client.All);
    }

    /// <summary>A real token whose payload now names <paramref name="subject"/>: the signature no longer matches.</summary>
    private static string ClaimAsOtherSubject(string token, string subject)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlDecode(parts[1])))!;
        payload["sub"] = subject;
        parts[1] = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return string.Join('.', parts);
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
