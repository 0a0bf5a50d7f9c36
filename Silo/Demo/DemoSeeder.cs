using System.Collections.Immutable;
using System.Globalization;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Sellers;
using Microsoft.Extensions.Options;

namespace Silo.Demo;

/// <summary>
/// Seeds the demo data through the grains only: the <see cref="DemoCatalog"/>, demo sellers registered in solution mode
/// for the simulator's generator accounts, their sale applications and auto collection. Idempotent: it only adds what
/// is missing, so running it on every start, or on two silos at once, never duplicates or resets anything (a product
/// the operator changed, or a seller's auto collection turned off after it has collected, stays as it is).
/// </summary>
public sealed partial class DemoSeeder(IGrainFactory grains, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    /// <summary>The id of demo seller <paramref name="number"/> (1-based).</summary>
    public string SellerId(int number) => options.Value.SellerIdPrefix + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The SmartStore account of demo seller <paramref name="number"/>, as the simulator's generator names it.</summary>
    public string AccountId(int number) => options.Value.SmartStoreAccountPrefix + number.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// One seeding pass. A seller whose registration SmartStore refuses (the simulator is not up yet, or has no such
    /// account) is reported as pending and left for the next pass; grain call failures propagate.
    /// </summary>
    public async Task<DemoSeedReport> SeedAsync(CancellationToken cancellationToken)
    {
        var productsCreated = 0;
        foreach (var product in DemoCatalog.Products)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grain = grains.GetGrain<ICatalogProductGrain>(ProductKey.For(product.Code));
            if (await grain.GetAsync() is not null)
            {
                continue;
            }

            var result = await grain.UpsertAsync(product);
            if (!result.Accepted)
            {
                throw new InvalidOperationException(
                    $"Demo product {product.Code} was refused: {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
            }

            productsCreated++;
        }

        var registered = 0;
        var applications = 0;
        var autoCollect = 0;
        var pending = ImmutableArray.CreateBuilder<string>();
        for (var number = 1; number <= options.Value.Sellers; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sellerId = SellerId(number);
            var seller = grains.GetSeller(sellerId);
            if (await seller.GetSmartStoreAccountAsync() is null)
            {
                var accountId = AccountId(number);
                var result = await seller.RegisterSmartStoreAsync(new SmartStoreRegistration(SmartStoreMode.Solution, accountId, null, null));
                if (!result.Accepted)
                {
                    LogRegistrationRefused(logger, sellerId, accountId, result.ErrorCode, result.ErrorMessage);
                    pending.Add(sellerId);
                    continue;
                }

                registered++;
            }

            var applied = await seller.GetSaleApplicationsAsync();
            var missing = DemoCatalog.AppliedCodes.Except(applied, StringComparer.Ordinal).ToImmutableArray();
            if (!missing.IsEmpty)
            {
                applications += (await seller.ApplyForSaleAsync(missing)).Applied.Length;
            }

            // Turned on only while the seller has never collected: a demo user who switches it off later keeps it off.
            var settings = await seller.GetSettingsAsync();
            if (!settings.AutoCollect && (await seller.GetSyncHistoryAsync()).Runs == 0
                && (await seller.UpdateSettingsAsync(settings with { AutoCollect = true })).Accepted)
            {
                autoCollect++;
            }
        }

        var report = new DemoSeedReport(productsCreated, registered, applications, autoCollect, pending.ToImmutable());
        LogPass(logger, report.ProductsCreated, report.SellersRegistered, report.SaleApplications, report.AutoCollectTurnedOn, report.PendingSellers.Length);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Demo seller {SellerId} could not be registered for SmartStore account {AccountId} yet: {ErrorCode} {ErrorMessage}")]
    private static partial void LogRegistrationRefused(ILogger logger, string sellerId, string accountId, string? errorCode, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo seeding pass: {ProductsCreated} products created, {SellersRegistered} sellers registered, {SaleApplications} sale applications, auto collection turned on for {AutoCollectTurnedOn}, {PendingSellers} sellers pending")]
    private static partial void LogPass(ILogger logger, int productsCreated, int sellersRegistered, int saleApplications, int autoCollectTurnedOn, int pendingSellers);
}
