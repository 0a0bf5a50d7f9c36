using System.Collections.Immutable;
using Grains.Interfaces.Orders;
using Grains.Interfaces.ReadModel;

namespace Bench;

/// <summary>
/// Fills <c>order_read</c> through <see cref="IOrderReadModel.UpsertManyAsync"/>: the measured seller's orders and other
/// sellers' noise, each row a realistic <see cref="OrderView"/>.
/// </summary>
internal static class ReadModelSeed
{
    // A plausible mix of a busy seller's tabs: mostly waiting and placed, a few failed, canceled or deleted.
    private static readonly OrderStatus[] StatusCycle =
    [
        .. Enumerable.Repeat(OrderStatus.Waiting, 8), .. Enumerable.Repeat(OrderStatus.Ordered, 5), .. Enumerable.Repeat(OrderStatus.Delivered, 4),
        OrderStatus.CollectionFailed, OrderStatus.Canceled, OrderStatus.Deleted,
    ];

    /// <summary>Share of the measured seller's orders in <paramref name="status"/>.</summary>
    public static double ShareOf(OrderStatus status) => (double)StatusCycle.Count(s => s == status) / StatusCycle.Length;

    /// <summary>
    /// Writes <paramref name="count"/> orders of <paramref name="sellerId"/> (newest first by index) through the read
    /// model's own batch write, <paramref name="batchSize"/> at a time: the rows, their counts and projection time are
    /// exactly what production writes.
    /// </summary>
    public static async Task WriteAsync(IOrderReadModel model, string sellerId, int sellerNumber, int count, DateTimeOffset now, int batchSize)
    {
        var batch = new List<(string SellerId, OrderView Order)>(batchSize);
        for (var i = 0; i < count; i++)
        {
            batch.Add((sellerId, View(sellerNumber, i, now)));
            if (batch.Count == batchSize || i == count - 1)
            {
                await model.UpsertManyAsync(batch);
                batch.Clear();
            }
        }
    }

    private static OrderView View(int sellerNumber, int index, DateTimeOffset now)
    {
        var status = StatusCycle[index % StatusCycle.Length];
        var placed = status is OrderStatus.Ordered or OrderStatus.Delivered;
        var orderedAt = now.AddMinutes(-index).AddSeconds(-sellerNumber);
        var code = BenchText.Invariant($"CH{1 + (index % 97):D7}");
        return new OrderView(
            ProductOrderId: BenchText.Invariant($"2026{sellerNumber:D4}{index:D8}"),
            OrderId: BenchText.Invariant($"2026{sellerNumber:D4}{index / 2:D8}"),
            OnchOrderNo: placed ? BenchText.Invariant($"ONCH-{sellerNumber:D4}-{index:D8}") : null,
            OrderedAt: orderedAt,
            PaidAt: orderedAt.AddSeconds(30),
            ProductCode: code,
            ProductName: "상품 " + code + " 무지 라운드 반팔 티셔츠",
            ProductImageUrl: "https://img.example.com/" + code + ".jpg",
            OptionText: "색상: 블랙 / 사이즈: L",
            OptionId: "black-l",
            Quantity: 1 + (index % 3),
            Amount: 13_500 + (index % 3 * 10_500),
            Status: status,
            Orderable: status == OrderStatus.Waiting,
            Errors: status == OrderStatus.CollectionFailed ? [OrderError.Of(OrderErrorCode.SaleNotApplied)] : ImmutableArray<OrderError>.Empty,
            Recipient: new Recipient("홍길동", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 123, 4층"),
            OnchTracking: status == OrderStatus.Delivered ? new Tracking("CJGLS", BenchText.Invariant($"6{index:D11}")) : null,
            SmartStoreTracking: status == OrderStatus.Delivered ? new Tracking("CJGLS", BenchText.Invariant($"6{index:D11}")) : null,
            UpdatedAt: orderedAt.AddMinutes(5),
            Version: placed ? 3 : 1);
    }
}
