using SmartStore;
using Grains.Security;
using Grains.Interfaces.Sellers;

namespace Grains.Sellers;

/// <summary>A verified SmartStore registration as the seller grain stores it: the secret only encrypted.</summary>
/// <param name="Mode">Solution or own application.</param>
/// <param name="AccountId">SmartStore account id (solution mode).</param>
/// <param name="ClientId">Application id (own mode).</param>
/// <param name="ProtectedSecret">The application secret encrypted by <see cref="Security.SecretProtector"/> (own mode).</param>
/// <param name="VerifiedAt">When a token was issued with these credentials.</param>
[GenerateSerializer, Immutable, Alias("onch.StoredSmartStoreAccount")]
public sealed record class StoredSmartStoreAccount(
    [property: Id(0)] SmartStoreMode Mode,
    [property: Id(1)] string? AccountId,
    [property: Id(2)] string? ClientId,
    [property: Id(3)] byte[]? ProtectedSecret,
    [property: Id(4)] DateTimeOffset VerifiedAt)
{
    /// <summary>What may be shown: everything but the secret.</summary>
    public SmartStoreAccount ToAccount() => new(Mode, AccountId, ClientId, VerifiedAt);

    /// <summary>
    /// The credentials to call SmartStore with, the secret decrypted for seller <paramref name="sellerId"/>; throws
    /// <see cref="System.Security.Cryptography.CryptographicException"/> when this silo's key cannot decrypt it.
    /// </summary>
    public SmartStoreCredentials ToCredentials(SecretProtector protector, string sellerId)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return Mode == SmartStoreMode.Own
            ? SmartStoreCredentials.ForOwnApplication(ClientId!, protector.Unprotect(ProtectedSecret!, SellerSecret.Purpose(sellerId)))
            : SmartStoreCredentials.ForSolutionSeller(AccountId!);
    }
}
