using System.Collections.Immutable;

namespace Grains.Interfaces.Orders;

/// <summary>SmartStore's carrier codes (deliveryCompanyCode) for the domestic carriers suppliers use.</summary>
public static class CarrierCodes
{
    /// <summary>Code → Korean carrier name. Naver's codes are not the obvious English names (롯데 is HYUNDAI, 로젠 is KGB).</summary>
    public static ImmutableSortedDictionary<string, string> Known { get; } = new Dictionary<string, string>
    {
        ["CJGLS"] = "CJ대한통운",
        ["HYUNDAI"] = "롯데택배",
        ["HANJIN"] = "한진택배",
        ["KGB"] = "로젠택배",
        ["EPOST"] = "우체국택배",
        ["KDEXP"] = "경동택배",
        ["DAESIN"] = "대신택배",
        ["ILYANG"] = "일양로지스",
        ["HDEXP"] = "합동택배",
        ["CHUNIL"] = "천일택배",
        ["KUNYOUNG"] = "건영택배",
        ["CUPARCEL"] = "CU편의점택배",
        ["CVSNET"] = "GSPostbox택배",
        ["REGISTPOST"] = "우편등기",
        ["GENERALPOST"] = "일반우편",
        ["CH1"] = "기타 택배",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The Korean problem with <paramref name="tracking"/>, or null when the carrier code is known and the number is
    /// 6 to 30 letters, digits or dashes.
    /// </summary>
    public static string? Problem(Tracking? tracking)
    {
        if (tracking is null || string.IsNullOrWhiteSpace(tracking.DeliveryCompanyCode) || string.IsNullOrWhiteSpace(tracking.TrackingNumber))
        {
            return "택배사 코드와 송장번호를 모두 입력해 주세요.";
        }

        if (!Known.ContainsKey(tracking.DeliveryCompanyCode.Trim()))
        {
            return $"스마트스토어에서 쓰는 택배사 코드가 아니에요: '{tracking.DeliveryCompanyCode}' (예: CJGLS, HANJIN, HYUNDAI, KGB, EPOST)";
        }

        var number = tracking.TrackingNumber.Trim();
        return number.Length is < 6 or > 30 || !number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? "송장번호는 6~30자의 영문, 숫자, '-'로 입력해 주세요."
            : null;
    }
}
