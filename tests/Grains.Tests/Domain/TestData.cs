using System.Collections.Immutable;
using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;

namespace Grains.Tests.Domain;

/// <summary>Small builders for catalog products, collected orders and orders in each status.</summary>
internal static class TestData
{
    public const string Code = "CH0000123";

    public static readonly DateTimeOffset Collected = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(9));

    public static readonly DateTimeOffset Later = Collected.AddMinutes(5);

    public static readonly Recipient Buyer = new("홍길동", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1");

    public static ProductOption Red(int stock = 10, ProductStatus status = ProductStatus.OnSale) =>
        new("opt-red", "색상: 빨강", 1_000, stock, status);

    public static ProductOption Blue(int stock = 10, ProductStatus status = ProductStatus.OnSale) =>
        new("opt-blue", "색상: 파랑", 0, stock, status);

    public static Product Product(
        int minQuantity = 1,
        ProductStatus status = ProductStatus.OnSale,
        ImmutableArray<ProductOption>? options = null) =>
        new(
            Code,
            "무선 이어폰",
            "https://img.example.com/CH0000123.jpg",
            "supplier-1",
            SupplyPrice: 10_000,
            ShippingFee: 3_000,
            minQuantity,
            status,
            options ?? [Red(), Blue()]);

    public static Product ProductWithoutOptions() => Product(options: []);

    public static OrderCheckContext Context(
        Product? product, bool saleApplied = true, bool isDuplicate = false, string? remembered = null) =>
        new(product, saleApplied, isDuplicate, remembered);

    public static CollectedOrder Order(string optionText = "색상: 빨강", int quantity = 1, string code = Code) =>
        new("seller-1", "2026112600001", "2026112600000", Collected.AddHours(-2), Collected.AddHours(-1),
            code, "스마트스토어 이어폰", optionText, quantity, Buyer);

    /// <summary>A freshly collected order validated against <paramref name="context"/>.</summary>
    public static OrderData CollectedWith(OrderCheckContext context, string optionText = "색상: 빨강", int quantity = 1)
    {
        var result = OrderStateMachine.Collect(null, Order(optionText, quantity), context, Collected);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.State!;
    }

    /// <summary>An orderable 주문대기 order.</summary>
    public static OrderData Orderable() => CollectedWith(Context(Product()));

    /// <summary>An order in <paramref name="status"/>, reached through real transitions.</summary>
    public static OrderData InStatus(OrderStatus status) => status switch
    {
        OrderStatus.Waiting => Orderable(),
        OrderStatus.CollectionFailed => CollectedWith(Context(Product(), saleApplied: false)),
        OrderStatus.Ordered => Succeed(OrderStateMachine.Place(Orderable(), "ON-1", 14_000, Later)),
        OrderStatus.Delivered => Succeed(OrderStateMachine.Deliver(InStatus(OrderStatus.Ordered), Later)),
        OrderStatus.Canceled => Succeed(OrderStateMachine.Cancel(Orderable(), Later)),
        OrderStatus.Deleted => Succeed(OrderStateMachine.Delete(Orderable(), Later)),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The transition was refused with <paramref name="code"/>, a message, and the state left as it was.</summary>
    public static void AssertRefused(TransitionResult result, OrderData before, TransitionErrorCode code)
    {
        Assert.False(result.Succeeded);
        Assert.False(result.Changed);
        Assert.Equal(code, result.Error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error?.Message));
        Assert.Same(before, result.State);
    }

    /// <summary>The transition succeeded without changing anything.</summary>
    public static void AssertUnchanged(TransitionResult result, OrderData before)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.False(result.Changed);
        Assert.Same(before, result.State);
    }

    public static OrderData Succeed(TransitionResult result)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.State;
    }

    // An array, not an ImmutableArray: ImmutableArray equality compares references, which would make every
    // expected-codes assertion fail.
    public static OrderErrorCode[] Codes(IEnumerable<OrderError> errors) => [.. errors.Select(e => e.Code)];
}
