namespace Grains.Catalog;

/// <summary>Stock taken from an option for one placing order, kept so a retry takes nothing more and a return gives it back.</summary>
/// <param name="ProductOrderId">The order.</param>
/// <param name="OptionId">The option.</param>
/// <param name="Quantity">How much was taken.</param>
/// <param name="Returned">True once it was put back.</param>
[GenerateSerializer, Immutable, Alias("onch.StockTake")]
public sealed record class StockTake(
    [property: Id(0)] string ProductOrderId,
    [property: Id(1)] string OptionId,
    [property: Id(2)] int Quantity,
    [property: Id(3)] bool Returned);
