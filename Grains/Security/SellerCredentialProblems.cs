namespace Grains.Security;

/// <summary>
/// Why a grain acting for a seller could not get the seller's SmartStore credentials: the codes and the messages the
/// seller reads, shared by collection runs and the SmartStore outbox.
/// </summary>
public static class SellerCredentialProblems
{
    /// <summary>The seller has no SmartStore account registered.</summary>
    public const string NotRegisteredCode = "NotRegistered";

    /// <summary>The seller's stored secret cannot be decrypted on this silo.</summary>
    public const string SecretUnreadableCode = "SecretUnreadable";

    /// <summary>What the seller reads when the stored secret cannot be decrypted.</summary>
    public const string SecretUnreadableMessage = "저장된 스마트스토어 시크릿을 풀 수 없어요. 실로마다 Security__EncryptionKey가 같은지 확인해 주세요.";
}
