using System.Globalization;
using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Generator;

/// <summary>
/// Adds paid orders for N sellers at M orders per seller per minute, once a second, while enabled. The seller accounts
/// exist from the start (and from the moment the seller count grows), before their first order, so that a platform
/// can register them right away.
/// </summary>
internal sealed partial class OrderGenerator(SimulatorState state, GeneratorSettings settings, ILogger<OrderGenerator> logger) : BackgroundService
{
    private readonly Random _random = new();
    private readonly Dictionary<string, double> _carry = [];

    /// <summary>Creates the generator's seller accounts before the simulator answers its first request.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Current is { Enabled: true } initial)
        {
            EnsureSellers(initial);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), state.Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var current = settings.Current;
            if (current.Enabled)
            {
                Tick(current);
            }
        }
    }

    private void Tick(GeneratorSnapshot current)
    {
        var created = 0;
        for (var i = 1; i <= current.Sellers; i++)
        {
            var seller = state.GetOrCreateSeller(AccountId(current, i));

            // Fractions carry over so that 6 orders per minute means one every ten seconds, not zero per tick.
            var due = _carry.GetValueOrDefault(seller.AccountId) + (current.OrdersPerMinute / 60.0);
            var count = (int)Math.Floor(due);
            _carry[seller.AccountId] = due - count;
            if (count > 0)
            {
                created += state.AddOrders(seller, new OrderSpec(count, null, null, null, null, null, null), _random).Count;
            }
        }

        if (created > 0)
        {
            LogGenerated(logger, created, current.Sellers);
        }
    }

    private void EnsureSellers(GeneratorSnapshot current)
    {
        for (var i = 1; i <= current.Sellers; i++)
        {
            state.GetOrCreateSeller(AccountId(current, i));
        }

        LogSellersReady(logger, current.Sellers, AccountId(current, 1));
    }

    private static string AccountId(GeneratorSnapshot current, int number) =>
        current.SellerPrefix + number.ToString("D4", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order generator on: {Sellers} seller accounts from {FirstAccountId}")]
    private static partial void LogSellersReady(ILogger logger, int sellers, string firstAccountId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Generated {Count} orders for {Sellers} sellers")]
    private static partial void LogGenerated(ILogger logger, int count, int sellers);
}
