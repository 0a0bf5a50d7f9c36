using System.Collections.Immutable;
using Grains.Interfaces.Orders;

namespace Grains.Tests.ReadModel;

/// <summary>Order views and fresh keys for read-model tests.</summary>
internal static class ReadModelRows
{
    // Whole seconds: a row's time survives PostgreSQL's microseconds unchanged, so cursors compare alike everywhere.
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static int s_next;

    /// <summary>A key no other test uses (sellers, order id prefixes, product codes).</summary>
    public static string Fresh(string prefix) => $"{prefix}{Environment.ProcessId % 1000:D3}{Interlocked.Increment(ref s_next):D5}{Random.Shared.Next(100_000):D5}";

    public static OrderView Order(
        string id,
        OrderStatus status = OrderStatus.Waiting,
        long version = 1,
        int minutesAfterStart = 0,
        string productCode = "CH0000001",
        params OrderErrorCode[] errors)
    {
        var orderedAt = Start.AddMinutes(minutesAfterStart);
        return new OrderView(
            ProductOrderId: id,
            OrderId: "o" + id,
            OnchOrderNo: status is OrderStatus.Ordered or OrderStatus.Delivered ? "ONCH-" + id : null,
            OrderedAt: orderedAt,
            PaidAt: orderedAt.AddSeconds(30),
            ProductCode: productCode,
            ProductName: "상품 " + productCode,
            ProductImageUrl: "https://img.example.com/" + productCode + ".jpg",
            OptionText: "",
            OptionId: null,
            Quantity: 1,
            Amount: 13_500,
            Status: status,
            Orderable: status == OrderStatus.Waiting && errors.Length == 0,
            Errors: [.. errors.Select(OrderError.Of)],
            Recipient: new Recipient("홍길동", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 123"),
            OnchTracking: null,
            SmartStoreTracking: null,
            UpdatedAt: orderedAt.AddMinutes(5).AddSeconds(version),
            Version: version);
    }

    /// <summary>
    /// An order placed with <paramref name="supplier"/> <paramref name="minutesPlacedAfterStart"/> minutes after
    /// <see cref="Start"/> (its buyer ordered an hour before), in a status placing leads to.
    /// </summary>
    public static OrderView Placed(
        string id,
        string supplier,
        int minutesPlacedAfterStart = 0,
        OrderStatus status = OrderStatus.Ordered,
        long version = 2,
        Tracking? tracking = null) =>
        Order(id, status, version, minutesAfterStart: minutesPlacedAfterStart - 60) with
        {
            OnchOrderNo = "ONCH-" + id,
            SupplierId = supplier,
            PlacedAt = Start.AddMinutes(minutesPlacedAfterStart),
            OnchTracking = tracking,
        };

    public static ImmutableDictionary<OrderStatus, int> Counts(params (OrderStatus Status, int Count)[] counts) =>
        counts.ToImmutableDictionary(c => c.Status, c => c.Count);
}
