namespace Grains.Interfaces.Orders;

/// <summary>개별 주문: what the seller enters to order a product by hand.</summary>
/// <param name="RequestId">Chosen by the client; the same id never orders or charges twice.</param>
/// <param name="ProductCode">OnChannel product code.</param>
/// <param name="OptionId">Catalog option; null for a product without options.</param>
/// <param name="Quantity">Quantity.</param>
/// <param name="Recipient">Where the supplier ships.</param>
/// <param name="Memo">A note for the supplier.</param>
/// <param name="FromProductOrderId">The failed collected order this one replaces, when prefilled from it.</param>
[GenerateSerializer, Immutable, Alias("onch.ManualOrder")]
public sealed record class ManualOrder(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProductCode,
    [property: Id(2)] string? OptionId,
    [property: Id(3)] int Quantity,
    [property: Id(4)] Recipient Recipient,
    [property: Id(5)] string? Memo,
    [property: Id(6)] string? FromProductOrderId);
