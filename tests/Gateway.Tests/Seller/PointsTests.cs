using System.Net;
using Grains.Interfaces.Points;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Seller;

/// <summary>The seller's points: balance, what waiting orders need, the ledger newest first and its paging.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PointsTests(GatewayFixture fixture)
{
    [Fact]
    public async Task PointsShowTheBalanceWhatWaitingOrdersNeedAndTheLedgerNewestFirst()
    {
        var (seller, _, ids) = await SellerSession.WithOrdersAsync(fixture, 3);
        using var _ = seller;
        using (var empty = await seller.GetAsync("/api/seller/points"))
        {
            var none = await SellerAssert.OkAsync<PointsDto>(empty);
            Assert.Equal(0, none.Balance);
            Assert.Equal(3 * 13_500, none.PointsNeeded);
            Assert.Empty(none.Ledger);
            Assert.Null(none.NextBefore);
        }

        await seller.TopUpAsync(20_000);
        using (var place = await seller.PostAsync("/api/seller/orders/place", new { productOrderIds = new[] { ids[0] } }))
        {
            await SellerAssert.OkAsync(place);
        }

        using var response = await seller.GetAsync("/api/seller/points");

        var points = await SellerAssert.OkAsync<PointsDto>(response);
        Assert.Equal(6_500, points.Balance);
        Assert.Equal(2 * 13_500, points.PointsNeeded);
        Assert.Equal(2, points.Ledger.Count);
        var charge = points.Ledger[0];
        Assert.Equal(PointEntryKind.Charge, charge.Kind);
        Assert.Equal(-13_500, charge.Amount);
        Assert.Equal(6_500, charge.BalanceAfter);
        Assert.Equal(ids[0], charge.ProductOrderId);
        var topUp = points.Ledger[1];
        Assert.Equal(PointEntryKind.TopUp, topUp.Kind);
        Assert.Equal(20_000, topUp.Amount);
        Assert.Equal("테스트 충전", topUp.Memo);
        Assert.True(charge.Id > topUp.Id);
        Assert.Contains("\"kind\":\"Charge\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLedgerIsPagedWithLimitAndBefore()
    {
        using var seller = await SellerSession.CreateAsync(fixture);
        for (var i = 1; i <= 3; i++)
        {
            await seller.TopUpAsync(i * 1_000);
        }

        using var first = await seller.GetAsync("/api/seller/points?limit=2");
        var page1 = await SellerAssert.OkAsync<PointsDto>(first);
        using var second = await seller.GetAsync($"/api/seller/points?limit=2&before={page1.NextBefore}");
        var page2 = await SellerAssert.OkAsync<PointsDto>(second);

        Assert.Equal([3_000, 2_000], page1.Ledger.Select(e => e.Amount));
        Assert.NotNull(page1.NextBefore);
        Assert.Equal([1_000], page2.Ledger.Select(e => e.Amount));
        Assert.Null(page2.NextBefore);
        Assert.Equal(6_000, page2.Balance);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=501", "limit")]
    [InlineData("?limit=-5", "limit")]
    [InlineData("?before=0", "before")]
    [InlineData("?before=abc", "before")]
    [InlineData("?before=1;DROP%20TABLE%20point_ledger", "before")]
    public async Task BadLedgerQueriesAre400(string query, string field)
    {
        using var seller = await SellerSession.CreateAsync(fixture);

        using var response = await seller.GetAsync("/api/seller/points" + query);

        await SellerAssert.InvalidAsync(response, field);
    }

    [Fact]
    public async Task ASellerSeesOnlyItsOwnPoints()
    {
        using var rich = await SellerSession.CreateAsync(fixture);
        using var poor = await SellerSession.CreateAsync(fixture);
        await rich.TopUpAsync(1_000_000);

        using var response = await poor.GetAsync("/api/seller/points");

        var points = await SellerAssert.OkAsync<PointsDto>(response);
        Assert.Equal(0, points.Balance);
        Assert.Empty(points.Ledger);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
