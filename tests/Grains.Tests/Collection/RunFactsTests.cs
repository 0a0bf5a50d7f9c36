using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Npgsql;
using Tests.Shared;

namespace Grains.Tests.Collection;

/// <summary>
/// A collection run validates its new orders against facts it read once, before handing them over. A 판매 신청, an
/// 옵션 수정 or a catalog change made after that read, while the orders' read-model rows are not there yet (so the
/// change's own re-validation cannot find them), still ends with the orders validated against the new facts.
/// </summary>
[Collection(CollectionCluster.Name)]
public sealed class RunFactsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CollectionFixture _fixture;

    public RunFactsTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    public enum Change
    {
        SaleApplication,
        OptionChoice,
        Catalog,
    }

    [Theory]
    [InlineData(Change.SaleApplication)]
    [InlineData(Change.OptionChoice)]
    [InlineData(Change.Catalog)]
    public async Task AChangeMadeWhileTheRunsRowsAreBeingWrittenStillReachesItsNewOrders(Change change)
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("red", "색상: 빨강"), TestSeller.Option("blue", "색상: 파랑")]);
        await seller.AddProductAsync(change == Change.Catalog ? product with { Status = ProductStatus.SoldOut } : product);
        if (change != Change.SaleApplication)
        {
            await seller.ApplyForSaleAsync(product.Code);
        }

        var optionText = change == Change.OptionChoice ? "빨강?" : "색상: 빨강";
        // 옵션 수정 is made on an order collected before (the other changes find no order of the seller).
        var earlier = change == Change.OptionChoice ? (await seller.AddOrdersAsync(1, product.Code, optionText))[0] : "";
        if (change == Change.OptionChoice)
        {
            await seller.CollectAsync();
            Assert.Equal([OrderErrorCode.OptionMismatch], TestSeller.Codes(await seller.ViewAsync(earlier)));
        }

        var id = (await seller.AddOrdersAsync(1, product.Code, optionText))[0];

        // The row of the new order waits on a lock the test holds: it lands only when the test lets it. The lock goes
        // with its connection, before the trigger is dropped, even when an assertion fails.
        var gate = Random.Shared.Next(1, int.MaxValue);
        CollectionRun run;
        await using (await DatabaseFault.OnAsync(_fixture, "order_read", $"NEW.product_order_id = '{id}'", $"PERFORM pg_advisory_xact_lock_shared({gate})"))
        {
            await using var holder = new NpgsqlConnection(_fixture.ConnectionString);
            await holder.OpenAsync();
            await ExecuteAsync(holder, $"SELECT pg_advisory_lock({gate})");
            var collecting = seller.Grain.CollectAsync();

            // The order's state is written after the run read its facts and before its row lands.
            await Wait.UntilAsync(
                async () => await TestPostgres.ScalarAsync<int>(
                    _fixture.ConnectionString,
                    "SELECT count(*)::int FROM OrleansStorage WHERE grain_type = 'order' AND grain_id_ext = @key",
                    ("key", OrderKey.For(id))) == 1,
                Patience,
                $"the state of order {id} written by the run");
            if (change == Change.OptionChoice)
            {
                // 옵션 수정 writes the earlier order's row under the seller's read-model lock, which the waiting row
                // holds: the choice is remembered at once, its fan-out waits for the row.
                var choosing = seller.Grain.ChooseOptionAsync(earlier, "red");
                await Wait.UntilAsync(
                    async () => (await seller.Grain.GetOrderContextAsync(product.Code, optionText)).RememberedOptionId == "red",
                    Patience,
                    "the choice remembered by the seller");
                await ExecuteAsync(holder, $"SELECT pg_advisory_unlock({gate})");
                Assert.True((await choosing).Succeeded);
            }
            else
            {
                // The change's own re-validation runs while the row is not there, so it cannot reach the order.
                var revalidated = change == Change.SaleApplication
                    ? (await seller.Grain.ApplyForSaleAsync([product.Code])).RevalidatedOrders
                    : (await _fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(product.Code)).UpsertAsync(product)).RevalidatedOrders;
                Assert.Equal(0, revalidated);
                Assert.Null(await _fixture.ReadStore.FindAsync(seller.SellerId, id));
                await ExecuteAsync(holder, $"SELECT pg_advisory_unlock({gate})");
            }

            run = await collecting;
        }

        Assert.True(run.Succeeded, $"collection failed: {run.ErrorCode} {run.ErrorMessage}");
        var summary = run.Summary;
        Assert.Equal(1, summary.Collected);
        var order = await seller.ViewAsync(id);
        Assert.True(order.Orderable, $"order {id} still validated against the old facts: {string.Join(", ", TestSeller.Codes(order))}");
        Assert.Equal("red", order.OptionId);
        var row = await _fixture.ReadStore.FindAsync(seller.SellerId, id);
        Assert.NotNull(row);
        Assert.Equal(order.Version, row.Version);
        Assert.True(row.Orderable);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
