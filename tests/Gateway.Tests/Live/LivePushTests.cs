using System.Text.Json;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;

namespace Gateway.Tests.Live;

/// <summary>Changes made through gateway A reach hub clients of gateway B, in the shapes of the http-api contract.</summary>
[Collection(LiveCollection.Name)]
public sealed class LivePushTests(LiveFixture fixture)
{
    private static int s_nextCode = Random.Shared.Next(1_000_000, 8_000_000);

    [Fact]
    public async Task EverySellerEventMadeThroughGatewayAReachesTheSellerOnGatewayBInTheContractShape()
    {
        var seller = await LiveSeller.CreateAsync(fixture, smartStore: true);
        await using var client = await seller.ConnectAsync(fixture.B);

        var balance = await seller.TopUpAsync(12_345);
        var points = await client.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == balance, $"with balance {balance}");
        Assert.Equal(["balance"], Names(points));

        var productOrderId = await seller.AddOrderAsync(NewProductCode());
        var run = await seller.Grain.CollectAsync();
        Assert.True(run.Succeeded, $"collection failed: {run.ErrorCode} {run.ErrorMessage}");
        var summary = await client.WaitForAsync("collectionFinished", s => s.GetProperty("collected").GetInt32() == 1, "of the run that collected the order");
        Assert.Equal(["alreadyKnown", "collected", "failed", "needsOption", "orderable", "skipped", "succeeded"], Names(summary));
        Assert.True(summary.GetProperty("succeeded").GetBoolean());
        var order = await client.WaitForAsync("orderChanged", o => o.GetProperty("productOrderId").GetString() == productOrderId, $"of order {productOrderId}");
        Assert.Superset(
            new HashSet<string> { "productOrderId", "orderId", "orderedAt", "paidAt", "productCode", "productName", "productImageUrl", "optionText", "quantity", "status", "orderable", "errors", "recipient", "updatedAt", "version" },
            Names(order).ToHashSet());
        Assert.True(Enum.TryParse<OrderStatus>(order.GetProperty("status").GetString(), out _), "status is an OrderStatus name");
        Assert.Equal(["address", "name", "phone", "zipCode"], Names(order.GetProperty("recipient")));
        Assert.Equal(JsonValueKind.Array, order.GetProperty("errors").ValueKind);
        Assert.True(DateTimeOffset.TryParse(order.GetProperty("updatedAt").GetString(), out _), "updatedAt is an ISO 8601 time");

        Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, true))).Accepted);
        var settings = await client.WaitForAsync("settingsChanged", s => s.GetProperty("autoCollect").GetBoolean(), "with autoCollect on");
        Assert.Equal(["autoCollect", "autoOrder"], Names(settings));
        Assert.True(settings.GetProperty("autoOrder").GetBoolean());
        await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
        await client.WaitForAsync("settingsChanged", s => !s.GetProperty("autoCollect").GetBoolean(), "with autoCollect off again");
    }

    [Fact]
    public async Task SavingUnchangedSettingsAnnouncesNothing()
    {
        var seller = await LiveSeller.CreateAsync(fixture);
        await using var client = await seller.ConnectAsync(fixture.B);

        Assert.True((await seller.Grain.UpdateSettingsAsync(SellerSettings.Off)).Accepted);
        var barrier = await seller.TopUpAsync(1);

        // The wallet's event comes after the settings call returned; the same silo's publisher would have sent both.
        await client.WaitForAsync("pointsChanged", p => p.GetProperty("balance").GetInt64() == barrier, "after the unchanged settings");
        Assert.Empty(client.Received("settingsChanged"));
    }

    [Fact]
    public async Task AnAutomaticCollectionReachesGatewayBFromSellersOnBothSilos()
    {
        var sellers = await SellersOnBothSilosAsync();
        var clients = await Task.WhenAll(sellers.Select(s => s.ConnectAsync(fixture.B)));
        try
        {
            var code = NewProductCode();
            var orders = await Task.WhenAll(sellers.Select(s => s.AddOrderAsync(code)));
            foreach (var seller in sellers)
            {
                Assert.True((await seller.Grain.UpdateSettingsAsync(new SellerSettings(true, false))).Accepted);
            }

            for (var i = 0; i < sellers.Count; i++)
            {
                await clients[i].WaitForAsync("collectionFinished", s => s.GetProperty("collected").GetInt32() == 1, $"of seller {sellers[i].SellerId}'s reminder run");
                await clients[i].WaitForAsync("orderChanged", o => o.GetProperty("productOrderId").GetString() == orders[i], $"of order {orders[i]} collected by the reminder");
            }
        }
        finally
        {
            foreach (var seller in sellers)
            {
                await seller.Grain.UpdateSettingsAsync(SellerSettings.Off);
            }

            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ASupplierConnectionReceivesItsPlacedOrderAndAnotherSupplierDoesNot()
    {
        var (supplierId, supplierPassword) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var (otherId, otherPassword) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        await using var supplier = await LiveClient.ConnectAsync(fixture.B, (await fixture.LoginAsync(supplierId, supplierPassword)).AccessToken);
        await using var other = await LiveClient.ConnectAsync(fixture.B, (await fixture.LoginAsync(otherId, otherPassword)).AccessToken);
        var seller = await LiveSeller.CreateAsync(fixture, smartStore: true);
        var code = NewProductCode();
        var product = new Product(code, "상품 " + code, "https://img.example.com/" + code + ".jpg", supplierId, 10_000, 3_000, 1, ProductStatus.OnSale, []);
        var upsert = await seller.ViaA.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).UpsertAsync(product);
        Assert.True(upsert.Accepted, string.Join("; ", upsert.Errors.Select(e => e.Message)));
        Assert.Empty((await seller.Grain.ApplyForSaleAsync([code])).Rejected);
        var productOrderId = await seller.AddOrderAsync(code);
        Assert.True((await seller.Grain.CollectAsync()).Succeeded);
        var view = await seller.ViaA.GetGrain<IOrderGrain>(OrderKey.For(productOrderId)).GetAsync();
        await seller.TopUpAsync(view!.Amount!.Value);

        var placed = (await seller.Grain.PlaceOrdersAsync([productOrderId]))[0];

        Assert.True(placed.Placed, $"placing refused: {placed.Error}");
        var pushed = await supplier.WaitForAsync("supplierOrderChanged", o => o.GetProperty("onchOrderNo").GetString() == placed.OnchOrderNo, $"of {placed.OnchOrderNo}");
        Assert.Equal(code, pushed.GetProperty("productCode").GetString());
        Assert.Equal(nameof(OrderStatus.Ordered), pushed.GetProperty("status").GetString());
        Assert.DoesNotContain("amount", Names(pushed));
        Assert.DoesNotContain("productOrderId", Names(pushed));
        Assert.Empty(other.All);
        Assert.All(supplier.All, m => Assert.Equal("supplierOrderChanged", m.Method));
    }

    /// <summary>Sellers whose collection grains run on different silos, so both silos' publishers are exercised.</summary>
    private async Task<List<LiveSeller>> SellersOnBothSilosAsync()
    {
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        var bySilo = new Dictionary<SiloAddress, LiveSeller>();
        for (var attempt = 0; attempt < 12 && bySilo.Count < 2; attempt++)
        {
            var seller = await LiveSeller.CreateAsync(fixture, smartStore: true);
            await seller.Grain.GetSyncHistoryAsync();
            var silo = await management.GetActivationAddress(fixture.Grains.GetGrain<ISellerCollectionGrain>(SellerKey.For(seller.SellerId)));
            Assert.NotNull(silo);
            bySilo.TryAdd(silo, seller);
        }

        Assert.True(bySilo.Count == 2, "12 sellers' collection grains all landed on one silo");
        return [.. bySilo.Values];
    }

    private static string NewProductCode() => $"CH{Interlocked.Increment(ref s_nextCode):D7}";

    private static string[] Names(JsonElement payload) => [.. payload.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
