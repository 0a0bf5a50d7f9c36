using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Microsoft.Extensions.Logging;

namespace Grains.Orders;

/// <summary>Writes the announcements to the debug log; <see cref="Live.LivePublisher"/> calls it before queueing each one.</summary>
public sealed partial class LoggingOrderEvents : IOrderEvents
{
    private readonly ILogger<LoggingOrderEvents> _logger;

    public LoggingOrderEvents(ILogger<LoggingOrderEvents> logger)
    {
        _logger = logger;
    }

    public Task OrderChangedAsync(string sellerId, OrderView order)
    {
        ArgumentNullException.ThrowIfNull(order);
        LogOrderChanged(_logger, sellerId, order.ProductOrderId, order.Status, order.Version);
        return Task.CompletedTask;
    }

    public Task CollectionFinishedAsync(string sellerId, CollectionRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        LogCollectionFinished(_logger, sellerId, run.Summary.Collected, run.ErrorCode);
        return Task.CompletedTask;
    }

    public Task PointsChangedAsync(string sellerId, long balance)
    {
        LogPointsChanged(_logger, sellerId, balance);
        return Task.CompletedTask;
    }

    public Task SettingsChangedAsync(string sellerId, SellerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        LogSettingsChanged(_logger, sellerId, settings.AutoCollect, settings.AutoOrder);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Settings of seller {SellerId} are now autoCollect {AutoCollect}, autoOrder {AutoOrder}")]
    private static partial void LogSettingsChanged(ILogger logger, string sellerId, bool autoCollect, bool autoOrder);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Points of seller {SellerId} are now {Balance}")]
    private static partial void LogPointsChanged(ILogger logger, string sellerId, long balance);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order {ProductOrderId} of seller {SellerId} is {Status} (version {Version})")]
    private static partial void LogOrderChanged(ILogger logger, string sellerId, string productOrderId, OrderStatus status, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Collection of seller {SellerId} finished: {Collected} collected, error {ErrorCode}")]
    private static partial void LogCollectionFinished(ILogger logger, string sellerId, int collected, string? errorCode);
}
