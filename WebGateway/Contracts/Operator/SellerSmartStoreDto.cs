using Grains.Interfaces.Sellers;
using WebGateway.Contracts.Seller;

namespace WebGateway.Contracts.Operator;

/// <summary>A seller's verified SmartStore registration, without credentials; <c>mode</c> is <c>own</c> or <c>solution</c> as in the seller API.</summary>
public sealed record class SellerSmartStoreDto(string Mode, string? AccountId, DateTimeOffset VerifiedAt)
{
    public static SellerSmartStoreDto? FromOrNull(SmartStoreAccount? account) =>
        account is null ? null : new(SmartStoreAccountDto.ModeName(account.Mode), account.AccountId, account.VerifiedAt);
}
