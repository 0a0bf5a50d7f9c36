using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts.Seller;

/// <summary>The seller's verified SmartStore registration: <c>{mode, accountId?, clientId?, verifiedAt}</c>, never the secret.</summary>
public sealed record class SmartStoreAccountDto(string Mode, string? AccountId, string? ClientId, DateTimeOffset VerifiedAt)
{
    /// <summary>The wire name of <paramref name="mode"/>: <c>solution</c> or <c>own</c>.</summary>
    public static string ModeName(SmartStoreMode mode) => mode == SmartStoreMode.Own ? "own" : "solution";

    public static SmartStoreAccountDto From(SmartStoreAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(ModeName(account.Mode), account.AccountId, account.ClientId, account.VerifiedAt);
    }
}
