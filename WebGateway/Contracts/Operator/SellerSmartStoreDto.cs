using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts.Operator;

/// <summary>A seller's verified SmartStore registration, without credentials.</summary>
public sealed record class SellerSmartStoreDto(SmartStoreMode Mode, string? AccountId, DateTimeOffset VerifiedAt)
{
    public static SellerSmartStoreDto? FromOrNull(SmartStoreAccount? account) =>
        account is null ? null : new(account.Mode, account.AccountId, account.VerifiedAt);
}
