namespace Grains.Interfaces.Catalog;

/// <summary>
/// One option of a catalog product (for example "색상: 빨강 / 사이즈: L").
/// </summary>
/// <param name="OptionId">Stable id of the option within its product; what a seller's 옵션 수정 choice refers to.</param>
/// <param name="Name">Display text, matched against the SmartStore option text of collected orders.</param>
/// <param name="ExtraPrice">Price added to the product's supply price, in KRW; may be negative (a cheaper variant).</param>
/// <param name="Stock">Units available; an order for more than this is 품절.</param>
/// <param name="Status">Sale status of this option.</param>
[GenerateSerializer, Immutable, Alias("onch.ProductOption")]
public sealed record class ProductOption(
    [property: Id(0)] string OptionId,
    [property: Id(1)] string Name,
    [property: Id(2)] long ExtraPrice,
    [property: Id(3)] int Stock,
    [property: Id(4)] ProductStatus Status);
