using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grains.Interfaces.Orders;
using Npgsql;
using NpgsqlTypes;

namespace Bench;

/// <summary>
/// Fills <c>order_read</c> with binary COPY: the measured seller's orders and other sellers' noise, each row an
/// <see cref="OrderView"/> serialized the way <c>PostgresOrderReadModel</c> writes it.
/// </summary>
internal static class ReadModelSeed
{
    // PostgresOrderReadModel's own options: web defaults, enums as names.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // A plausible mix of a busy seller's tabs: mostly waiting and placed, a few failed, canceled or deleted.
    private static readonly OrderStatus[] StatusCycle =
    [
        .. Enumerable.Repeat(OrderStatus.Waiting, 8), .. Enumerable.Repeat(OrderStatus.Ordered, 5), .. Enumerable.Repeat(OrderStatus.Delivered, 4),
        OrderStatus.CollectionFailed, OrderStatus.Canceled, OrderStatus.Deleted,
    ];

    /// <summary>Share of the measured seller's orders in <paramref name="status"/>.</summary>
    public static double ShareOf(OrderStatus status) => (double)StatusCycle.Count(s => s == status) / StatusCycle.Length;

    /// <summary>Copies <paramref name="count"/> orders of <paramref name="sellerId"/>, newest first by index.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, string sellerId, int sellerNumber, int count, DateTimeOffset now)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY order_read (product_order_id, seller_id, status, orderable, product_code, ordered_at, updated_at, version, error_codes, view) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var view = View(sellerNumber, i, now);
            await writer.StartRowAsync();
            await writer.WriteAsync(view.ProductOrderId, NpgsqlDbType.Text);
            await writer.WriteAsync(sellerId, NpgsqlDbType.Text);
            await writer.WriteAsync(view.Status.ToString(), NpgsqlDbType.Text);
            await writer.WriteAsync(view.Orderable, NpgsqlDbType.Boolean);
            await writer.WriteAsync(view.ProductCode, NpgsqlDbType.Text);
            await writer.WriteAsync(view.OrderedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(view.UpdatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(view.Version, NpgsqlDbType.Bigint);
            await writer.WriteAsync(view.Errors.Select(e => e.Code.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteAsync(JsonSerializer.Serialize(view, Json), NpgsqlDbType.Jsonb);
        }

        await writer.CompleteAsync();
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
