using System.Globalization;
using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Generator;

/// <summary>Adds paid orders for N sellers at M orders per seller per minute, once a second, while enabled.</summary>
internal sealed partial class OrderGenerator(SimulatorState state, GeneratorSettings settings, ILogger<OrderGenerator> logger) : BackgroundService
{
    private readonly Random _random = new();
    private readonly Dictionary<string, double> _carry = [];

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
            var accountId = current.SellerPrefix + i.ToString("D4", CultureInfo.InvariantCulture);

            // Fractions carry over so that 6 orders per minute means one every ten seconds, not zero per tick.
            var due = _carry.GetValueOrDefault(accountId) + (current.OrdersPerMinute / 60.0);
            var count = (int)Math.Floor(due);
            _carry[accountId] = due - count;
            if (count > 0)
            {
                created += state.AddOrders(state.GetOrCreateSeller(accountId), new OrderSpec(count, null, null, null, null, null, null), _random).Count;
            }
        }

        if (created > 0)
        {
            LogGenerated(logger, created, current.Sellers);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Generated {Count} orders for {Sellers} sellers")]
    private static partial void LogGenerated(ILogger logger, int count, int sellers);
}
