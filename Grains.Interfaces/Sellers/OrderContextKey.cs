namespace Grains.Interfaces.Sellers;

/// <summary>A product and SmartStore option text whose <see cref="SellerOrderContext"/> a caller asks for.</summary>
/// <param name="ProductCode">OnChannel product code.</param>
/// <param name="OptionText">SmartStore option text (empty for a product without options).</param>
[GenerateSerializer, Immutable, Alias("onch.OrderContextKey")]
public sealed record class OrderContextKey(
    [property: Id(0)] string ProductCode,
    [property: Id(1)] string OptionText);
