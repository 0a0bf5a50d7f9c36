using System.Globalization;

namespace SmartStoreSimulator.Generator;

/// <summary>Realistic Korean sample data for generated orders.</summary>
internal static class SampleData
{
    private static readonly string[] FamilyNames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"];
    private static readonly string[] GivenNames = ["민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지우", "시우", "서윤", "주원", "하린", "지민", "은서", "현우", "유진"];

    private static readonly (string ZipCode, string Road)[] Roads =
    [
        ("06236", "서울특별시 강남구 테헤란로"),
        ("04524", "서울특별시 중구 세종대로"),
        ("03925", "서울특별시 마포구 월드컵북로"),
        ("13494", "경기도 성남시 분당구 판교역로"),
        ("48058", "부산광역시 해운대구 센텀중앙로"),
        ("41585", "대구광역시 북구 대학로"),
        ("61475", "광주광역시 동구 금남로"),
        ("34126", "대전광역시 유성구 대학로"),
        ("16677", "경기도 수원시 영통구 광교중앙로"),
        ("63122", "제주특별자치도 제주시 중앙로"),
    ];

    private static readonly string[] Buildings = ["래미안아파트", "자이아파트", "푸르지오", "힐스테이트", "오피스텔", "빌라"];
    private static readonly string[] Memos = ["문 앞에 놓아주세요", "배송 전 연락 바랍니다", "경비실에 맡겨주세요", string.Empty];

    // The demo catalog: the silo's demo seeder (Silo/Demo/DemoCatalog.cs) stores these products under the same codes,
    // with options named exactly like these option texts, so generated orders validate against it.
    private static readonly (string Code, string Name, string[] Options, long Price)[] Products =
    [
        ("CH0000101", "국내산 무농약 햇사과 5kg", ["중과 (20~24과)", "대과 (16~18과)"], 32900),
        ("CH0000102", "남성 기본 라운드 반팔 티셔츠", ["블랙 / L", "화이트 / M", "네이비 / XL"], 9900),
        ("CH0000103", "스테인리스 진공 텀블러 500ml", ["실버", "블랙", "민트"], 15800),
        ("CH0000104", "천연 라텍스 베개", ["일반형", "경추형"], 45000),
        ("CH0000105", "유아 방수 턱받이 3종 세트", ["곰돌이", "토끼"], 12500),
        ("CH0000106", "캠핑용 접이식 의자", ["카키", "베이지"], 27000),
        ("CH0000107", "무선 블루투스 이어폰", ["화이트", "블랙"], 39000),
        ("CH0000108", "제주 감귤 10kg", ["로얄과", "중소과"], 24900),
    ];

    /// <summary>
    /// A sample product and one of its options. Now and then the option text is one the catalog does not have (a
    /// seller who renamed the option on SmartStore), so that 옵션 수정 shows up in the demo.
    /// </summary>
    public static (string ProductId, string Code, string Name, string Option, long UnitPrice, long DeliveryFee) Product(Random random)
    {
        var index = random.Next(Products.Length);
        var (code, name, options, price) = Products[index];
        var option = options[random.Next(options.Length)];
        if (random.Next(100) < 8)
        {
            option += " + 사은품";
        }

        return ((8_000_000_000L + (index * 1_000) + 17).ToString(CultureInfo.InvariantCulture), code, name, option, price,
            random.Next(3) == 0 ? 0 : 3000);
    }

    public static (string Name, string Tel, string ZipCode, string BaseAddress, string DetailedAddress, string Memo) Recipient(Random random)
    {
        var (zipCode, road) = Roads[random.Next(Roads.Length)];
        var name = FamilyNames[random.Next(FamilyNames.Length)] + GivenNames[random.Next(GivenNames.Length)];
        var tel = string.Create(CultureInfo.InvariantCulture, $"010-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}");
        var baseAddress = string.Create(CultureInfo.InvariantCulture, $"{road} {random.Next(1, 400)}");
        var detailed = string.Create(CultureInfo.InvariantCulture, $"{Buildings[random.Next(Buildings.Length)]} {random.Next(101, 120)}동 {random.Next(1, 25)}0{random.Next(1, 6)}호");
        return (name, tel, zipCode, baseAddress, detailed, Memos[random.Next(Memos.Length)]);
    }

    /// <summary>
    /// Mostly the product's OnChannel code (<c>CH</c> + 7 digits); sometimes an OnChannel code the catalog does not
    /// have, and some sellers sell products from elsewhere (another code, or none), which collection skips.
    /// </summary>
    public static string? SellerProductCode(Random random, string catalogCode) => random.Next(100) switch
    {
        < 85 => catalogCode,
        < 90 => string.Create(CultureInfo.InvariantCulture, $"CH{random.Next(900_000, 999_999):D7}"),
        < 95 => string.Create(CultureInfo.InvariantCulture, $"NV-{random.Next(10000, 99999)}"),
        _ => null,
    };

    public static int Quantity(Random random) => random.Next(10) < 7 ? 1 : random.Next(2, 4);
}
