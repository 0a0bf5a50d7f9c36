using System.Globalization;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;
using Microsoft.Extensions.Options;
using WebGateway.Auth;

namespace WebGateway.Demo;

/// <summary>
/// With <c>Demo__Enabled=true</c>, creates the demo supplier and seller accounts that are missing (an existing one is
/// left as it is) and tops each demo seller up once: the top-up's request id is fixed, so a restart or a second gateway
/// never adds points twice. The silo creates the schema and the seller grains; until both answer this keeps trying.
/// </summary>
internal sealed partial class DemoAccountBootstrapper(
    IAccountStore accounts,
    PasswordHashing passwords,
    IGrainFactory grains,
    IOptions<DemoAccountOptions> options,
    ILogger<DemoAccountBootstrapper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        if (settings.Password is not { } password || PasswordHashing.Problem(password) is not null)
        {
            LogNoPassword(logger);
            return;
        }

        await AccountSeeding.RetryUntilDoneAsync(
            cancellationToken => SeedAsync(settings, password, cancellationToken),
            (attempt, reason) => LogRetry(logger, attempt, reason),
            stoppingToken);
    }

    private async Task SeedAsync(DemoAccountOptions settings, string password, CancellationToken cancellationToken)
    {
        var suppliers = settings.Suppliers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var supplierId in suppliers)
        {
            await accounts.EnsureAsync(passwords, supplierId, AccountRole.Supplier, "데모 공급사 " + supplierId, password, cancellationToken);
        }

        for (var number = 1; number <= settings.Sellers; number++)
        {
            var sellerId = settings.SellerIdPrefix + number.ToString(CultureInfo.InvariantCulture);
            await accounts.EnsureAsync(passwords, sellerId, AccountRole.Seller, $"데모 판매자 {number}", password, cancellationToken);
            await grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).TopUpAsync($"demo-topup-{sellerId}", settings.Points, "데모 포인트");
        }

        LogSeeded(logger, suppliers.Length, settings.Sellers);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo accounts ready: {Suppliers} suppliers, {Sellers} sellers topped up once")]
    private static partial void LogSeeded(ILogger logger, int suppliers, int sellers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo__Enabled is true but Demo__Password (8-128 characters) is not set: no demo accounts are created")]
    private static partial void LogNoPassword(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot create the demo accounts yet (attempt {Attempt}): {Reason}; retrying")]
    private static partial void LogRetry(ILogger logger, int attempt, string reason);
}
