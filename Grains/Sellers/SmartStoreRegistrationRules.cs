using Grains.Interfaces.Sellers;

namespace Grains.Sellers;

/// <summary>What 스마트스토어 계정 등록 accepts before asking SmartStore.</summary>
public static class SmartStoreRegistrationRules
{
    /// <summary>The longest account id, client id or secret accepted.</summary>
    public const int MaxCredentialLength = 200;

    /// <summary>The Korean problem with what the seller entered, or null when it can be verified with SmartStore.</summary>
    public static string? Problem(SmartStoreRegistration registration) => registration?.Mode switch
    {
        SmartStoreMode.Solution when string.IsNullOrWhiteSpace(registration.AccountId) => "스마트스토어 계정 아이디를 입력해 주세요.",
        SmartStoreMode.Solution when registration.AccountId!.Length > MaxCredentialLength => "스마트스토어 계정 아이디가 너무 길어요.",
        SmartStoreMode.Own when string.IsNullOrWhiteSpace(registration.ClientId) || string.IsNullOrWhiteSpace(registration.ClientSecret) =>
            "애플리케이션 ID와 시크릿을 모두 입력해 주세요.",
        SmartStoreMode.Own when registration.ClientId!.Length > MaxCredentialLength || registration.ClientSecret!.Length > MaxCredentialLength =>
            "애플리케이션 ID 또는 시크릿이 너무 길어요.",
        SmartStoreMode.Solution or SmartStoreMode.Own => null,
        null => "등록 정보가 없어요.",
        _ => "등록 방식은 solution 또는 own 이어야 해요.",
    };
}
