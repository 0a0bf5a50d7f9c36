using System.Diagnostics;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;
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
        var statuses = Enum.GetNames<OrderStatus>();
        var view = System.Text.Json.JsonSerializer.Serialize(new
        {
            productOrderId = "x", orderId = "o", orderedAt = DateTimeOffset.UtcNow, paidAt = DateTimeOffset.UtcNow,
            productCode = "CH0000001", productName = "상품", productImageUrl = "https://img.example.com/a.jpg", optionText = "",
            quantity = 1, status = "Waiting", orderable = true, errors = Array.Empty<object>(),
            recipient = new { name = "홍길동", phone = "010-0000-0000", zipCode = "00000", address = "서울" },
            updatedAt = DateTimeOffset.UtcNow, version = 1,
        });
        await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, """
            INSERT INTO order_read (product_order_id, seller_id, status, orderable, product_code, ordered_at, updated_at, version, view)
            SELECT @seller || '-' || i, @seller, (@statuses)[1 + i % 6], true, 'CH0000001',
                   now() - i * interval '1 minute', now(), 1, jsonb_set(@view::jsonb, '{productOrderId}', to_jsonb(@seller || '-' || i))
            FROM generate_series(1, 20000) AS i
            """, ("seller", sellerId), ("statuses", statuses), ("view", view));
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
        Assert.All(page.Orders, order => Assert.Equal(OrderStatus.Waiting, order.Status));
        Assert.True(page.Orders.Zip(page.Orders.Skip(1)).All(pair => pair.First.OrderedAt >= pair.Second.OrderedAt), "newest first");
    }
}
