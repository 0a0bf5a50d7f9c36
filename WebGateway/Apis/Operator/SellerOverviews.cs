using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;
using WebGateway.Contracts;
using WebGateway.Contracts.Operator;

namespace WebGateway.Apis.Operator;

/// <summary>
/// Puts together what the operator sees of sellers: the account from the store, and per seller its wallet balance,
/// SmartStore registration, settings and sync history from the grains, a few sellers at a time.
/// </summary>
internal static class SellerOverviews
{
    // Four grain calls per seller; a page of 500 sellers must not put 2,000 calls in flight at once.
    private const int Parallelism = 8;

    public static async Task<IReadOnlyList<SellerOverviewDto>> LoadAsync(
        IGrainFactory grains, IReadOnlyList<Account> accounts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var overviews = new SellerOverviewDto[accounts.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, accounts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, _) => overviews[i] = await LoadAsync(grains, accounts[i], now));
        return overviews;
    }

    public static async Task<SellerOverviewDto> LoadAsync(IGrainFactory grains, Account account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        var seller = grains.GetSeller(account.LoginId);
        var balance = grains.GetGrain<IWalletGrain>(SellerKey.For(account.LoginId)).GetBalanceAsync();
        var smartStore = seller.GetSmartStoreAccountAsync();
        var settings = seller.GetSettingsAsync();
        var sync = seller.GetSyncHistoryAsync();
        return new SellerOverviewDto(
            account.LoginId, account.Name, account.Disabled, account.CreatedAt, await balance,
            SellerSmartStoreDto.FromOrNull(await smartStore), SettingsDto.From(await settings), SellerSyncDto.From(await sync, now));
    }
}
