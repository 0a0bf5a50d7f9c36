using System.Collections.Immutable;
using Grains.Interfaces.Catalog;

namespace Silo.Demo;

/// <summary>
/// The demo catalog: the products the SmartStore simulator's order generator sells
/// (<c>SmartStoreSimulator/Generator/SampleData.cs</c>), under the same codes and with options named exactly like
/// its option texts. Supply prices are below the SmartStore prices; a little stock and sale-status variety, a minimum
/// quantity, and one product the demo sellers have not applied for make every collection check show up.
/// </summary>
public static class DemoCatalog
{
    /// <summary>The product the demo sellers have not applied to sell, so 판매 신청 미 등록 appears.</summary>
    public const string NotAppliedCode = "CH0000106";

    /// <summary>Every demo product.</summary>
    public static ImmutableArray<Product> Products { get; } =
    [
        Product("CH0000101", "국내산 무농약 햇사과 5kg", "demo-supplier-farm", 24_000, 3_000, 1, ProductStatus.OnSale,
            Option("101-1", "중과 (20~24과)", 0, 500), Option("101-2", "대과 (16~18과)", 4_000, 200)),
        Product("CH0000102", "남성 기본 라운드 반팔 티셔츠", "demo-supplier-wear", 5_500, 2_500, 1, ProductStatus.OnSale,
            Option("102-1", "블랙 / L", 0, 300), Option("102-2", "화이트 / M", 0, 300),
            Option("102-3", "네이비 / XL", 0, 0, ProductStatus.SoldOut)),
        Product("CH0000103", "스테인리스 진공 텀블러 500ml", "demo-supplier-living", 9_800, 3_000, 1, ProductStatus.OnSale,
            Option("103-1", "실버", 0, 400), Option("103-2", "블랙", 0, 400), Option("103-3", "민트", 500, 2)),
        Product("CH0000104", "천연 라텍스 베개", "demo-supplier-living", 31_000, 0, 1, ProductStatus.OnSale,
            Option("104-1", "일반형", 0, 150), Option("104-2", "경추형", 5_000, 80)),
        Product("CH0000105", "유아 방수 턱받이 3종 세트", "demo-supplier-baby", 7_000, 3_000, 2, ProductStatus.OnSale,
            Option("105-1", "곰돌이", 0, 250), Option("105-2", "토끼", 0, 250)),
        Product(NotAppliedCode, "캠핑용 접이식 의자", "demo-supplier-outdoor", 18_500, 4_000, 1, ProductStatus.OnSale,
            Option("106-1", "카키", 0, 120), Option("106-2", "베이지", 0, 120)),
        Product("CH0000107", "무선 블루투스 이어폰", "demo-supplier-digital", 26_000, 3_000, 1, ProductStatus.SoldOut,
            Option("107-1", "화이트", 0, 0), Option("107-2", "블랙", 0, 0)),
        Product("CH0000108", "제주 감귤 10kg", "demo-supplier-farm", 16_900, 3_500, 1, ProductStatus.OnSale,
            Option("108-1", "로얄과", 3_000, 300), Option("108-2", "중소과", 0, 300)),
    ];

    /// <summary>The codes the demo sellers apply to sell: all but <see cref="NotAppliedCode"/>.</summary>
    public static ImmutableArray<string> AppliedCodes { get; } =
        [.. Products.Select(p => p.Code).Where(code => code != NotAppliedCode)];

    private static Product Product(
        string code, string name, string supplierId, long supplyPrice, long shippingFee, int minQuantity, ProductStatus status,
        params ProductOption[] options) =>
        new(code, name, $"https://placehold.co/240x240/png?text={code}", supplierId, supplyPrice, shippingFee, minQuantity, status, [.. options]);

    private static ProductOption Option(string id, string name, long extraPrice, int stock, ProductStatus status = ProductStatus.OnSale) =>
        new(id, name, extraPrice, stock, status);
}
