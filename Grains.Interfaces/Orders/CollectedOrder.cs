namespace Grains.Interfaces.Orders;

/// <summary>
/// The facts of one SmartStore product order as collection read them, handed to the order grain. Only orders whose
/// <see cref="ProductCode"/> is a well-formed OnChannel code are collected.
/// </summary>
/// <param name="SellerId">The seller account whose SmartStore shop received the order.</param>
/// <param name="ProductOrderId">SmartStore product order id.</param>
/// <param name="OrderId">SmartStore order id.</param>
/// <param name="OrderedAt">When the buyer ordered.</param>
/// <param name="PaidAt">When the buyer paid.</param>
/// <param name="ProductCode">OnChannel code from the SmartStore 판매자 상품 코드.</param>
/// <param name="ProductName">SmartStore product name; shown when the catalog does not know the code.</param>
/// <param name="OptionText">SmartStore option text (empty for a product without options).</param>
/// <param name="Quantity">Ordered quantity.</param>
/// <param name="Recipient">Shipping address.</param>
[GenerateSerializer, Immutable, Alias("onch.CollectedOrder")]
public sealed record class CollectedOrder(
    [property: Id(0)] string SellerId,
    [property: Id(1)] string ProductOrderId,
    [property: Id(2)] string OrderId,
    [property: Id(3)] DateTimeOffset OrderedAt,
    [property: Id(4)] DateTimeOffset PaidAt,
    [property: Id(5)] string ProductCode,
    [property: Id(6)] string ProductName,
    [property: Id(7)] string OptionText,
    [property: Id(8)] int Quantity,
    [property: Id(9)] Recipient Recipient);
