using System.Diagnostics;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
using Grains.Tests.ReadModel;
using Npgsql;
using Tests.Shared;
using Xunit.Abstractions;

namespace Grains.Tests.Collection;

[Collection(CollectionCluster.Name)]
public sealed class ReadModelTests
{
    private readonly CollectionFixture _fixture;
    private readonly ITestOutputHelper _output;

    public ReadModelTests(CollectionFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task ASellerWithTwentyThousandOrdersListsAPageOfFiftyWithCounts()
    {
        var sellerId = "bulk-" + Guid.NewGuid().ToString("N")[..12];
        var statuses = Enum.GetValues<OrderStatus>();

        // Written through the read model, as the ingest path writes, in batches.
        foreach (var batch in Enumerable.Range(1, 20_000).Chunk(5_000))
        {
            await _fixture.ReadStore.UpsertManyAsync(
                [.. batch.Select(i => (sellerId, ReadModelRows.Order($"{sellerId}-{i:D5}", statuses[i % statuses.Length], minutesAfterStart: -i)))]);
        }

        await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, "ANALYZE order_read");
        await _fixture.ReadStore.ListAsync(sellerId, OrderStatus.Waiting);

        var timings = new List<double>();
        OrderListPage? page = null;
        for (var i = 0; i < 20; i++)
        {
            var clock = Stopwatch.StartNew();
            page = await _fixture.ReadStore.ListAsync(sellerId, OrderStatus.Waiting, i % 5 == 0 ? null : page!.Next);
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        _output.WriteLine($"page of 50 with counts over 20,000 orders: median {timings[10]:0.0} ms, max {timings[^1]:0.0} ms");
        Assert.Equal(50, page!.Orders.Length);
        Assert.Equal(20_000, page.Counts.Values.Sum());
        Assert.Equal(Enumerable.Range(1, 20_000).Count(i => statuses[i % statuses.Length] == OrderStatus.Waiting), page.Counts[OrderStatus.Waiting]);
        Assert.All(page.Orders, order => Assert.Equal(OrderStatus.Waiting, order.Status));
        Assert.True(page.Orders.Zip(page.Orders.Skip(1)).All(pair => pair.First.OrderedAt >= pair.Second.OrderedAt), "newest first");
    }

    [Fact]
    public async Task AnOrderWhoseProjectionFailedAfterItsStateWasPersistedIsReportedStaleUntilProjected()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = await seller.AddOrdersAsync(2, product.Code);
        await seller.CollectAsync();
        var (failing, fine) = (ids[0], ids[1]);
        Assert.DoesNotContain(failing, await StaleAsync());
        Assert.Equal(2, await TestPostgres.ScalarAsync<int>(
            _fixture.ConnectionString,
            "SELECT count(*)::int FROM OrleansStorage WHERE grain_type = 'order' AND grain_id_n0 = 0 AND grain_id_n1 = 0 AND grain_id_ext = ANY(@keys)",
            ("keys", ids.Select(OrderKey.For).ToArray())));

        // The order's next projection fails (a trigger refuses its row), after the grain has persisted the transition.
        var trigger = "refuse_" + failing;
        await ExecuteAsync($"""
            CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'projection refused by the test'; END $$;
            CREATE TRIGGER {trigger} BEFORE UPDATE ON order_read FOR EACH ROW WHEN (OLD.product_order_id = '{failing}') EXECUTE FUNCTION {trigger}();
            """);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => seller.Order(failing).DeleteAsync(seller.SellerId));
            await seller.Order(fine).DeleteAsync(seller.SellerId);
        }
        finally
        {
            await ExecuteAsync($"DROP TRIGGER {trigger} ON order_read; DROP FUNCTION {trigger}();");
        }

        var stale = await StaleAsync();
        Assert.Contains(failing, stale);
        Assert.DoesNotContain(fine, stale);
        Assert.Empty(await _fixture.ReadStore.StaleOrderIdsAsync(TimeSpan.FromHours(1), 10_000));

        // Repair: project what the grain holds.
        var persisted = await seller.ViewAsync(failing);
        Assert.Equal(OrderStatus.Deleted, persisted.Status);
        await _fixture.ReadStore.UpsertAsync(seller.SellerId, persisted);
        Assert.DoesNotContain(failing, await StaleAsync());
        Assert.Equal(2, (await _fixture.ReadStore.ListAsync(seller.SellerId, null)).Counts[OrderStatus.Deleted]);
    }

    private async Task<string[]> StaleAsync() => [.. await _fixture.ReadStore.StaleOrderIdsAsync(TimeSpan.Zero, 10_000)];

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
