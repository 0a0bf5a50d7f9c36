using Grains.Interfaces.Sellers;

namespace Grains.Sellers;

/// <summary>Grain keys of <see cref="ISmartStoreAccountClaimGrain"/>: one per SmartStore account a seller can register.</summary>
public static class SmartStoreAccountKey
{
    /// <summary>The claim key of a registration; account ids compare case-insensitively, as Naver's do.</summary>
    public static string For(SmartStoreMode mode, string accountOrClientId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountOrClientId);
        var kind = mode == SmartStoreMode.Own ? "app" : "account";
        return $"smartstore-{kind}:{accountOrClientId.Trim().ToLowerInvariant()}";
    }

    /// <summary>The claim key of a stored registration.</summary>
    public static string For(StoredSmartStoreAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return For(account.Mode, account.Mode == SmartStoreMode.Own ? account.ClientId! : account.AccountId!);
    }
}
