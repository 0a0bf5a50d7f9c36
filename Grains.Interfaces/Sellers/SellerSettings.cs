namespace Grains.Interfaces.Sellers;

/// <summary>A seller's automation switches (자동 주문 수집/발주 설정).</summary>
/// <param name="AutoCollect">자동 주문 수집: collect new SmartStore orders on a schedule.</param>
/// <param name="AutoOrder">자동 발주: place orderable orders after each automatic collection; needs <paramref name="AutoCollect"/>.</param>
[GenerateSerializer, Immutable, Alias("onch.SellerSettings")]
public sealed record class SellerSettings(
    [property: Id(0)] bool AutoCollect,
    [property: Id(1)] bool AutoOrder)
{
    /// <summary>Both switches off: the settings of a new seller.</summary>
    public static SellerSettings Off { get; } = new(false, false);
}
