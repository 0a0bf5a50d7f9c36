namespace Grains.Interfaces.Sellers;

/// <summary>
/// What one collection did (the http-api <c>collect</c> answer). <see cref="Orderable"/>, <see cref="NeedsOption"/>
/// and <see cref="Failed"/> split the orders collected now.
/// </summary>
/// <param name="Collected">New orders created by this collection.</param>
/// <param name="Orderable">Of those, 발주 가능.</param>
/// <param name="NeedsOption">Of those, waiting for 옵션 수정.</param>
/// <param name="Failed">Of those, 수집실패; plus product orders refused as duplicates or as malformed.</param>
/// <param name="Skipped">Product orders whose 판매자 상품 코드 is not an OnChannel code.</param>
/// <param name="AlreadyKnown">Product orders collected before; left as they are.</param>
[GenerateSerializer, Immutable, Alias("onch.CollectionSummary")]
public sealed record class CollectionSummary(
    [property: Id(0)] int Collected,
    [property: Id(1)] int Orderable,
    [property: Id(2)] int NeedsOption,
    [property: Id(3)] int Failed,
    [property: Id(4)] int Skipped,
    [property: Id(5)] int AlreadyKnown)
{
    /// <summary>Nothing collected.</summary>
    public static CollectionSummary Empty { get; } = new(0, 0, 0, 0, 0, 0);
}
